// BilevelCoder: lossless coding of a two-colour bitmap (docs/protocol.md, "Bilevel rects").
// Each row starts with one bit that says whether it is the row above again (as JBIG2's typical
// prediction does); the others' pixels each go through a binary range coder whose odds come
// from 16 neighbours already coded (a JBIG2-style template), so text costs a fraction of a bit
// per pixel and a flat or repeated band almost nothing, to code or to decode. The odds persist
// from bitmap to bitmap: glyphs seen before get cheaper. The viewer's decoder (web viewer,
// bilevel.js) keeps the same model in step; both reset at every `screen` message.
#pragma once

#include <cstdint>
#include <vector>

namespace adhoc {

class BilevelCoder {
public:
    BilevelCoder();
    // Back to the model both sides start from.
    void reset();
    // `bits`: one byte (0 or 1) per pixel, row after row. Appends the coded bytes; the
    // decoder reads zeros past them, so trailing zero bytes are left out.
    void encode(const std::uint8_t* bits, int width, int height, std::vector<std::uint8_t>& out);

private:
    static constexpr int kContexts = 1 << 16;
    // The row bits' own odds, after the pixels' contexts.
    static constexpr int kRowContext = kContexts;

    template <typename Coder>
    void code(Coder& coder, std::uint32_t context, int bit);

    std::vector<std::uint16_t> odds_;  // per context, the chance of a 0 in 1/65536
    std::vector<std::uint8_t> seen_;   // per context, how often it was used (up to 3): early bits adapt faster
};

}  // namespace adhoc
