// JpegBlocks: a screen rect as baseline JPEG's quantised 8x8 blocks (ITU T.81): Y, Cb and Cr at
// full resolution (4:4:4), each block's DCT divided by the quality's tables and rounded. The
// tables are the standard's (Annex K) scaled as the IJG's libjpeg scales them, so a quality of
// 1..100 means what it means in other encoders.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

class JpegBlocks {
public:
    static constexpr int kComponents = 3;  // Y, Cb, Cr; Cb and Cr share the chrominance table
    using Table = std::array<std::uint8_t, 64>;
    // The place in a block of each zig-zag place: the order in which a file holds a block.
    static const std::array<std::uint8_t, 64> kZigzagOrder;

    void setQuality(int quality);
    // The luminance (0) or chrominance (1) table, in zig-zag order as a DQT segment holds it.
    const Table& table(int which) const { return tables_[static_cast<std::size_t>(which)]; }

    // `pixels` points at the first BGRx pixel, `stride` bytes per row. Blocks past the right or
    // bottom edge repeat the last column or row.
    void load(const std::uint8_t* pixels, std::size_t stride, int width, int height);
    // 64 coefficients per block, column by column (horizontal frequency, then vertical: the
    // transform's order); the blocks row by row, each place's Y, Cb, Cr in turn.
    const std::vector<std::int16_t>& coefficients() const { return coefficients_; }

private:
    int quality_ = 0;
    std::array<Table, 2> tables_{};
    // 1 / (quantiser x the DCT's scale), column by column.
    std::array<std::array<float, 64>, 2> reciprocals_{};
    std::vector<std::int16_t> coefficients_;
};

}  // namespace adhoc
