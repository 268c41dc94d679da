// JpegWriterTest: the blocks hold the DCT as T.81 defines it (a flat colour's DC, a cosine's
// one coefficient, in zig-zag order), divided by the standard's tables scaled as libjpeg
// scales them; the file's segments are the ones a baseline decoder reads, its Huffman codes
// leave the all-ones code free, and no 0xFF in the scan can be taken for a marker. That other
// decoders read the files is tested under Wine with WIC's (RemoteControlTest).
#include <cmath>
#include <cstdint>
#include <vector>

#include "../src/core/JpegBlocks.h"
#include "../src/core/JpegWriter.h"
#include <doctest/doctest.h>

using adhoc::JpegBlocks;
using adhoc::JpegWriter;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr double kPi = 3.14159265358979323846;

// An 8x8 BGRx block whose every pixel is `colour(x, y)` (B, G, R).
template <typename Colour>
Bytes block(Colour colour) {
    Bytes pixels(8 * 8 * 4, 0xEE);  // the fourth byte is garbage, to be ignored
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            const auto [b, g, r] = colour(x, y);
            std::uint8_t* p = &pixels[static_cast<std::size_t>(y * 8 + x) * 4];
            p[0] = b;
            p[1] = g;
            p[2] = r;
        }
    return pixels;
}

struct Rgb {
    std::uint8_t b, g, r;
};

// A grey cosine of one frequency along x (or y): 128 + 50 cos((2i + 1) pi / 16).
std::uint8_t cosine(int i) { return static_cast<std::uint8_t>(std::lround(128 + 50 * std::cos((2 * i + 1) * kPi / 16))); }

int countNonZero(const std::int16_t* coefficients, int from, int to) {
    int n = 0;
    for (int i = from; i < to; ++i) n += coefficients[i] != 0;
    return n;
}

// The segments of a JPEG file up to its scan: marker -> payload.
struct Segment {
    std::uint8_t marker;
    Bytes payload;
};
std::vector<Segment> segments(const Bytes& jpeg, std::size_t& scanStart) {
    std::vector<Segment> found;
    std::size_t at = 2;
    while (at + 4 <= jpeg.size() && jpeg[at] == 0xFF) {
        const std::uint8_t marker = jpeg[at + 1];
        const std::size_t length = static_cast<std::size_t>(jpeg[at + 2]) << 8 | jpeg[at + 3];
        found.push_back({marker, Bytes(jpeg.begin() + static_cast<long>(at) + 4, jpeg.begin() + static_cast<long>(at + 2 + length))});
        at += 2 + length;
        if (marker == 0xDA) break;
    }
    scanStart = at;
    return found;
}

}  // namespace

TEST_CASE("jpeg_blocks_hold_a_flat_colour_as_its_dc_alone") {
    JpegBlocks blocks;
    blocks.setQuality(50);  // the standard's tables as they are: 16 for Y's DC, 17 for Cb's and Cr's
    const Bytes red = block([](int, int) { return Rgb{0, 0, 255}; });
    blocks.load(red.data(), 8 * 4, 8, 8);
    const std::int16_t* c = blocks.coefficients().data();
    // Y = 76.245 - 128, Cb = -43.03, Cr = 127.5; the DC is 8 times the level.
    CHECK_EQ(c[0], -26);   // -51.755 x 8 / 16 = -25.9
    CHECK_EQ(c[64], -20);  // -43.03 x 8 / 17 = -20.2
    CHECK_EQ(c[128], 60);  // 127.5 x 8 / 17 = 60
    CHECK_EQ(countNonZero(c, 1, 64) + countNonZero(c, 65, 128) + countNonZero(c, 129, 192), 0);
}

TEST_CASE("jpeg_blocks_hold_a_cosine_as_its_one_coefficient_in_zigzag_order") {
    JpegBlocks blocks;
    blocks.setQuality(50);
    // The coefficient of a cosine of amplitude 50 is 50 x 8 / sqrt(2) = 282.8.
    const Bytes across = block([](int x, int) { return Rgb{cosine(x), cosine(x), cosine(x)}; });
    blocks.load(across.data(), 8 * 4, 8, 8);
    const std::int16_t* c = blocks.coefficients().data();
    const auto zigzag = [&c](std::size_t place) { return c[JpegBlocks::kZigzagOrder[place]]; };
    CHECK_EQ(zigzag(1), 26);  // horizontal frequency 1, zig-zag place 1: 282.8 / 11
    CHECK_EQ(countNonZero(c, 0, 192), 1);

    const Bytes down = block([](int, int y) { return Rgb{cosine(y), cosine(y), cosine(y)}; });
    blocks.load(down.data(), 8 * 4, 8, 8);
    c = blocks.coefficients().data();
    CHECK((zigzag(2) == 23 || zigzag(2) == 24));  // vertical frequency 1, zig-zag place 2: 282.8 / 12
    CHECK_EQ(countNonZero(c, 0, 192), 1);
}

TEST_CASE("jpeg_tables_scale_with_the_quality_as_libjpeg_scales_them") {
    JpegBlocks blocks;
    blocks.setQuality(50);
    CHECK_EQ(blocks.table(0)[0], 16);
    CHECK_EQ(blocks.table(0)[1], 11);  // zig-zag: (0, 1), then (1, 0)
    CHECK_EQ(blocks.table(0)[2], 12);
    CHECK_EQ(blocks.table(1)[63], 99);
    blocks.setQuality(75);  // half the steps
    CHECK_EQ(blocks.table(0)[0], 8);
    CHECK_EQ(blocks.table(1)[63], 50);
    blocks.setQuality(100);
    CHECK_EQ(blocks.table(1)[63], 1);
    blocks.setQuality(1);  // baseline's steps stop at 255
    CHECK_EQ(blocks.table(0)[63], 255);
}

TEST_CASE("jpeg_files_have_a_baseline_decoders_segments_and_a_scan_free_of_markers") {
    // 37 x 21: blocks cut at both edges; bright noise, so the scan holds 0xFF bytes.
    const int w = 37, h = 21;
    Bytes pixels(static_cast<std::size_t>(w) * h * 4);
    std::uint32_t seed = 7;
    for (std::uint8_t& p : pixels) p = static_cast<std::uint8_t>((seed = seed * 1103515245u + 12345u) >> 24);
    JpegWriter writer;
    Bytes jpeg;
    writer.screen(pixels.data(), static_cast<std::size_t>(w) * 4, w, h, 90, jpeg);

    REQUIRE(jpeg.size() > 4);
    CHECK_EQ(jpeg[0], 0xFF);
    CHECK_EQ(jpeg[1], 0xD8);
    std::size_t scanStart = 0;
    const std::vector<Segment> found = segments(jpeg, scanStart);
    REQUIRE_EQ(found.size(), 4u);
    CHECK_EQ(found[0].marker, 0xDB);
    CHECK_EQ(found[0].payload.size(), 130u);  // two 8-bit tables
    CHECK_EQ(found[1].marker, 0xC0);          // baseline
    CHECK(found[1].payload == Bytes({8, 0, h, 0, w, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1}));
    CHECK_EQ(found[3].marker, 0xDA);
    CHECK(found[3].payload == Bytes({3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0}));

    // Four Huffman tables (DC 0 and 1, AC 0 and 1); each uses every code but the one of all ones.
    REQUIRE_EQ(found[2].marker, 0xC4);
    const Bytes& tables = found[2].payload;
    std::size_t at = 0;
    std::vector<int> ids;
    while (at < tables.size()) {
        ids.push_back(tables[at]);
        double kraft = 0;
        int longest = 0, symbols = 0;
        for (int bits = 1; bits <= 16; ++bits) {
            const int n = tables[at + static_cast<std::size_t>(bits)];
            kraft += n * std::ldexp(1.0, -bits);
            symbols += n;
            if (n > 0) longest = bits;
        }
        CHECK(kraft == doctest::Approx(1.0 - std::ldexp(1.0, -longest)));
        at += 17 + static_cast<std::size_t>(symbols);
    }
    CHECK(ids == std::vector<int>({0x00, 0x01, 0x10, 0x11}));

    CHECK_EQ(jpeg[jpeg.size() - 2], 0xFF);
    CHECK_EQ(jpeg[jpeg.size() - 1], 0xD9);
    int stuffed = 0;
    for (std::size_t i = scanStart; i + 2 < jpeg.size(); ++i)
        if (jpeg[i] == 0xFF) {
            CHECK_EQ(jpeg[i + 1], 0x00);
            ++stuffed;
        }
    CHECK(stuffed > 0);
}
