// ColorTable: the distinct colours of an image, numbered in order of first appearance, up
// to a limit: how many a rect has (EncodingChoice) and its palette (WebpWriter). Open
// addressing in a table at least four times the limit, so probes stay short.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class ColorTable {
public:
    explicit ColorTable(int limit);

    // A 32-bit BGRx pixel as 0xRRGGBB.
    static std::uint32_t colorOf(const std::uint8_t* pixel) {
        return pixel[0] | (pixel[1] << 8) | (static_cast<std::uint32_t>(pixel[2]) << 16);
    }
    // A rect's colours when it has one or two: `first` is its first pixel's, `second` the other
    // (or `first` again), `firstCount` how many pixels have `first`. No table is needed, and
    // one sized for a large rect costs more to set up than this scan.
    struct TwoColors {
        std::uint32_t first = 0;
        std::uint32_t second = 0;
        std::size_t firstCount = 0;
    };
    // False when the rect (`pixels` its first BGRx pixel, `stride` bytes per row) has a third colour.
    static bool twoColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, TwoColors& out);
    // The colour's number, added when new; -1 when it would be one over the limit.
    int indexOf(std::uint32_t color);
    // In order of first appearance.
    const std::vector<std::uint32_t>& colors() const { return colors_; }

private:
    static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;  // no 0xRRGGBB colour has the top byte set
    std::size_t limit_;
    int shift_ = 32;  // hash: the top bits of a multiplicative hash, as many as the table needs
    std::vector<std::uint32_t> keys_;
    std::vector<std::uint16_t> indices_;
    std::vector<std::uint32_t> colors_;
};

}  // namespace adhoc
