// WebpWriter: WebP lossless (VP8L, RFC 9649) files from 32-bit screen pixels, for rects of
// many colours that are not photos: anti-aliased text, whose colour fringes defeat a palette.
// PNG's Deflate finds repeats only 32 KiB back, a few rows of a wide rect; here a glyph is
// copied from any earlier line of the rect (PixelMatcher), recent colours come from the
// format's colour cache, and green is subtracted from red and blue where that pays. A rect
// of up to 256 colours (a window, moving shapes) goes through the format's colour-indexing
// transform: a palette, and each pixel's index packed 2, 4 or 8 to a pixel when few colours
// allow. One prefix code group for the whole image, no predictor. Up to 16384 pixels each way (the format's limit), and
// copies reach at most about a million pixels back. Keeps its buffers between images; one
// per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "PixelMatcher.h"

namespace adhoc {

class BitWriter;

class WebpWriter {
public:
    static constexpr std::size_t kMaxPaletteColors = 256;

    // `pixels` points at the first BGRx pixel (the fourth byte is ignored), `stride` bytes per
    // row; the WebP file replaces `out`.
    void screen(const std::uint8_t* pixels, std::size_t stride, int width, int height, std::vector<std::uint8_t>& out);

private:
    // argb_: the pixels, opaque.
    void load(const std::uint8_t* pixels, std::size_t stride, int width, int height);
    // palette_: argb_'s colours in ascending order, and indices_: each pixel's place in it;
    // false when there are more than 256.
    bool toPalette();
    // Replaces argb_ by indices_, packed as the transform packs them (the first pixel in the
    // lowest bits of green); returns the packed image's width.
    int packIndices(int width, int height);
    // The colour-indexing transform's palette, as a one-row image of differences.
    void writePalette(BitWriter& bits) const;
    // Whether subtracting green from red and blue makes the literal pixels cheaper, by
    // their entropy: it does for greys and pastels, not for ClearType's colour fringes.
    bool subtractGreenPays() const;
    void subtractGreen();
    // Turns literals found in the colour cache into cache indices, copy distances into
    // distance codes, and counts the symbols of the five prefix codes.
    void prepareTokens(int width);
    void writeBitstream(BitWriter& bits, int width, int height) const;

    PixelMatcher matcher_;
    bool subtractGreen_ = false;
    std::vector<std::uint32_t> palette_;  // empty: no colour-indexing transform
    std::vector<std::uint8_t> indices_;
    std::vector<std::uint32_t> argb_;
    std::vector<PixelToken> tokens_;
    std::vector<std::uint32_t> cache_;
    std::vector<std::uint32_t> greenCounts_;  // green, copy length prefixes, cache indices
    std::vector<std::uint32_t> redCounts_;
    std::vector<std::uint32_t> blueCounts_;
    std::vector<std::uint32_t> alphaCounts_;
    std::vector<std::uint32_t> distanceCounts_;
};

}  // namespace adhoc
