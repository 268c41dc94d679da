// BilevelCoderTest: bitmaps come back exactly through a decoder written from the protocol's
// description (as the viewer's is), the model carries from rect to rect and resets, text
// codes small, and the encoder's colour header follows docs/protocol.md.
#include <cstdint>
#include <random>
#include <vector>

#include "../src/core/BilevelCoder.h"
#include "../src/core/BilevelEncoder.h"
#include "BilevelDecoder.h"
#include <doctest/doctest.h>

using adhoc::BilevelCoder;
using adhoc::BilevelEncoder;
using adhoc::test::BilevelDecoder;
using Bytes = std::vector<std::uint8_t>;

namespace {

// A line of "text" in a font of twelve 6x13 glyphs drawn with strokes (seven-segment
// style), like a terminal's; `seed` picks the glyphs.
Bytes textLine(int glyphs, unsigned seed) {
    Bytes shapes[12];
    for (int s = 0; s < 12; ++s) {
        const int segments = (s * 37 + 11) % 127 + 1;  // seven bits, one per stroke
        Bytes& shape = shapes[s];
        shape.assign(6 * 13, 0);
        for (int i = 1; i <= 4; ++i) {
            if (segments & 1) shape[3 * 6 + i] = 1;
            if (segments & 2) shape[6 * 6 + i] = 1;
            if (segments & 4) shape[10 * 6 + i] = 1;
        }
        for (int y = 3; y <= 10; ++y) {
            if (segments & 8 && y <= 6) shape[y * 6 + 1] = 1;
            if (segments & 16 && y >= 6) shape[y * 6 + 1] = 1;
            if (segments & 32 && y <= 6) shape[y * 6 + 4] = 1;
            if (segments & 64 && y >= 6) shape[y * 6 + 4] = 1;
        }
    }
    std::mt19937 random(seed);
    const int width = glyphs * 6;
    Bytes bits(static_cast<std::size_t>(width) * 13);
    for (int g = 0; g < glyphs; ++g) {
        const Bytes& shape = shapes[random() % 12];
        for (int y = 0; y < 13; ++y)
            for (int x = 0; x < 6; ++x) bits[y * width + g * 6 + x] = shape[y * 6 + x];
    }
    return bits;
}

Bytes noise(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    Bytes bits(size);
    for (auto& b : bits) b = random() % 2;
    return bits;
}

// BGRx pixels from bits and two colours (0xRRGGBB).
Bytes pixels(const Bytes& bits, std::uint32_t zero, std::uint32_t one) {
    Bytes out;
    for (auto b : bits) {
        const std::uint32_t c = b ? one : zero;
        out.insert(out.end(), {static_cast<std::uint8_t>(c), static_cast<std::uint8_t>(c >> 8),
                               static_cast<std::uint8_t>(c >> 16), 0});
    }
    return out;
}

}  // namespace

TEST_CASE("bilevel_bitmaps_of_any_shape_come_back_exactly_rect_after_rect") {
    BilevelCoder coder;
    BilevelDecoder decoder;
    const int shapes[][2] = {{1, 1}, {1, 40}, {40, 1}, {17, 9}, {300, 13}, {64, 64}, {3, 200}};
    unsigned seed = 1;
    for (const auto& shape : shapes) {
        const Bytes bits = seed % 2 ? noise(static_cast<std::size_t>(shape[0]) * shape[1], seed)
                                    : Bytes(static_cast<std::size_t>(shape[0]) * shape[1], seed % 3 ? 0 : 1);
        Bytes coded{0xAB};  // codes append after what is there
        coder.encode(bits.data(), shape[0], shape[1], coded);
        CHECK_EQ(coded[0], 0xAB);
        CHECK(decoder.decodeBits(coded, 1, shape[0], shape[1]) == bits);
        ++seed;
    }
    const Bytes text = textLine(50, 7);
    Bytes coded;
    coder.encode(text.data(), 300, 13, coded);
    CHECK(decoder.decodeBits(coded, 0, 300, 13) == text);
}

TEST_CASE("bilevel_text_codes_small_and_glyphs_seen_before_cost_less") {
    BilevelCoder coder;
    const Bytes page = textLine(400, 1);
    const Bytes word = textLine(10, 2);
    Bytes pageCoded, wordAfterPage, wordAlone;
    coder.encode(page.data(), 2400, 13, pageCoded);
    // 31200 pixels are 3900 bytes at one bit each.
    CHECK(pageCoded.size() < 3900 / 4);
    coder.encode(word.data(), 60, 13, wordAfterPage);
    coder.reset();
    coder.encode(word.data(), 60, 13, wordAlone);
    CHECK(wordAfterPage.size() * 3 < wordAlone.size() * 2);
    coder.reset();
    Bytes again;
    coder.encode(page.data(), 2400, 13, again);
    CHECK(again == pageCoded);
}

TEST_CASE("bilevel_a_repeated_row_costs_one_bit_and_bands_come_back_exactly") {
    // A key's echo or a window's edge: a row of noise 200 times, then a band of text, then
    // the noise row again 100 times below it.
    const int width = 300;
    const Bytes row = noise(width, 5);
    const Bytes text = textLine(50, 3);
    Bytes bits;
    for (int y = 0; y < 200; ++y) bits.insert(bits.end(), row.begin(), row.end());
    bits.insert(bits.end(), text.begin(), text.end());
    for (int y = 0; y < 100; ++y) bits.insert(bits.end(), row.begin(), row.end());
    const int height = static_cast<int>(bits.size()) / width;
    BilevelCoder coder;
    Bytes rowAlone, textAlone, coded;
    coder.encode(row.data(), width, 1, rowAlone);
    coder.reset();
    coder.encode(text.data(), width, 13, textAlone);
    coder.reset();
    coder.encode(bits.data(), width, height, coded);
    // The noise row is coded twice (after the text), each repeat costs a bit at most (300 rows:
    // 38 bytes), and the text a little more below noise than alone. Without row bits, 300
    // repeats of that row took 202 bytes.
    CHECK(coded.size() <= 2 * rowAlone.size() + textAlone.size() + 64);
    BilevelDecoder decoder;
    CHECK(decoder.decodeBits(coded, 0, width, height) == bits);
}

TEST_CASE("bilevel_empty_background_codes_to_nothing") {
    BilevelCoder coder;
    const Bytes blank(640 * 20, 0);
    Bytes coded;
    coder.encode(blank.data(), 640, 20, coded);
    CHECK(coded.size() <= 2);
    BilevelDecoder decoder;
    CHECK(decoder.decodeBits(coded, 0, 640, 20) == blank);
}

TEST_CASE("bilevel_encoder_names_new_colours_and_reuses_them") {
    BilevelEncoder encoder;
    Bytes bits(12 * 13, 0);
    bits[20] = bits[33] = bits[46] = 1;
    const Bytes glyph = pixels(bits, 0xFFFFFF, 0x102030);
    Bytes first;
    CHECK(encoder.encode(glyph.data(), 12 * 4, 12, 13, first));
    // New colours (flag 1) with typical rows (flag 2): the commoner (the background) is colour 0.
    CHECK(first.size() >= 7);
    CHECK(Bytes(first.begin(), first.begin() + 7) == (Bytes{3, 0xFF, 0xFF, 0xFF, 0x10, 0x20, 0x30}));
    BilevelDecoder decoder;
    CHECK(decoder.decodeBits(first, 7, 12, 13) == bits);
    // The same two colours, even with the other one commoner: flag 1 clear, the bits in the same order.
    Bytes inverted(bits.size());
    for (std::size_t i = 0; i < bits.size(); ++i) inverted[i] = i % 5 ? 1 : 0;
    const Bytes dark = pixels(inverted, 0xFFFFFF, 0x102030);
    Bytes second;
    CHECK(encoder.encode(dark.data(), 12 * 4, 12, 13, second));
    CHECK_EQ(second[0], 2);
    CHECK(decoder.decodeBits(second, 1, 12, 13) == inverted);
    // One colour only, a new one: both colours are it.
    const Bytes red = pixels(Bytes(4, 0), 0xFF0000, 0xFF0000);
    Bytes third;
    CHECK(encoder.encode(red.data(), 2 * 4, 2, 2, third));
    CHECK(Bytes(third.begin(), third.begin() + 7) == (Bytes{3, 0xFF, 0, 0, 0xFF, 0, 0}));
    // A third colour: refused, nothing written; after reset the colours are named again.
    Bytes three = pixels(bits, 0xFFFFFF, 0x102030);
    three[0] = 0x77;
    Bytes refused;
    CHECK(!encoder.encode(three.data(), 12 * 4, 12, 13, refused));
    CHECK(refused.empty());
    encoder.reset();
    Bytes afterReset;
    CHECK(encoder.encode(glyph.data(), 12 * 4, 12, 13, afterReset));
    CHECK(afterReset == first);
}
