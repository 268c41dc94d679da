// WebpWriterTest: screen rects come back exactly through a WebP lossless decoder written
// from the specification (Vp8lDecoder.h), whatever their size, stride and content, in a
// well-formed RIFF file; anti-aliased colour text, and rects of up to 256 colours through
// the palette, code smaller than the PNG data the agent sent for them before. The decoder
// itself refuses damaged files.
#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "../src/core/Deflate.h"
#include "../src/core/WebpWriter.h"
#include "Vp8lDecoder.h"
#include <doctest/doctest.h>

using adhoc::WebpWriter;
using adhoc::test::Vp8lDecoder;
using Bytes = std::vector<std::uint8_t>;

namespace {

// BGRx pixels with a row stride of their own; the fourth byte and the padding are garbage,
// which the writer must ignore.
struct Screen {
    int width, height;
    std::size_t stride;
    Bytes bytes;
    Screen(int w, int h, std::size_t padding = 0)
        : width(w), height(h), stride(static_cast<std::size_t>(w) * 4 + padding), bytes(stride * static_cast<std::size_t>(h)) {
        std::mt19937 random(static_cast<unsigned>(w * 31 + h));
        for (auto& b : bytes) b = static_cast<std::uint8_t>(random());
    }
    // 0xRRGGBB.
    std::uint32_t rgb(int x, int y) const {
        const std::uint8_t* p = &bytes[static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * 4];
        return static_cast<std::uint32_t>(p[2] << 16 | p[1] << 8 | p[0]);
    }
    void set(int x, int y, std::uint32_t rgb) {
        std::uint8_t* p = &bytes[static_cast<std::size_t>(y) * stride + static_cast<std::size_t>(x) * 4];
        p[0] = static_cast<std::uint8_t>(rgb);
        p[1] = static_cast<std::uint8_t>(rgb >> 8);
        p[2] = static_cast<std::uint8_t>(rgb >> 16);
    }
    void fill(std::uint32_t rgb) {
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) set(x, y, rgb);
    }
};

// What the rect cost as PNG image data when the agent sent such rects as PNG, the container
// aside: each row a filter byte (none) and its pixels, as palette indices of 1, 2, 4 or 8
// bits up to 256 colours, else RGB, through the agent's Deflate.
std::size_t pngDataBytes(const Screen& screen) {
    std::map<std::uint32_t, std::uint32_t> palette;
    for (int y = 0; y < screen.height; ++y)
        for (int x = 0; x < screen.width; ++x) palette.emplace(screen.rgb(x, y), 0);
    const std::size_t colours = palette.size();
    const int bits = colours <= 2 ? 1 : colours <= 4 ? 2 : colours <= 16 ? 4 : colours <= 256 ? 8 : 24;
    std::uint32_t next = 0;
    for (auto& entry : palette) entry.second = next++;
    const std::size_t rowBytes = (static_cast<std::size_t>(screen.width) * static_cast<std::size_t>(bits) + 7) / 8 + 1;
    Bytes rows(rowBytes * static_cast<std::size_t>(screen.height), 0);
    for (int y = 0; y < screen.height; ++y) {
        std::uint8_t* row = &rows[static_cast<std::size_t>(y) * rowBytes + 1];
        for (int x = 0; x < screen.width; ++x) {
            const std::uint32_t rgb = screen.rgb(x, y);
            if (bits == 24) {
                for (int c = 0; c < 3; ++c) row[x * 3 + c] = static_cast<std::uint8_t>(rgb >> (16 - 8 * c));
            } else {
                const int at = x * bits;  // the first pixel in the high bits
                row[at / 8] = static_cast<std::uint8_t>(row[at / 8] | palette[rgb] << (8 - bits - at % 8));
            }
        }
    }
    Bytes compressed;
    adhoc::Deflate().zlib(rows.data(), rows.size(), rowBytes, compressed);
    return compressed.size();
}

std::uint32_t blend(std::uint32_t background, std::uint32_t foreground, int r, int g, int b) {
    const int coverage[3] = {b, g, r};  // per channel, 0..255, from the lowest byte up
    std::uint32_t out = 0;
    for (int c = 0; c < 3; ++c) {
        const int bg = (background >> (8 * c)) & 0xFF, fg = (foreground >> (8 * c)) & 0xFF;
        out |= static_cast<std::uint32_t>(bg + (fg - bg) * coverage[c] / 255) << (8 * c);
    }
    return out;
}

// Lines of text as ClearType draws it: 40 glyphs of 8x16 drawn with strokes at three times
// the horizontal resolution, filtered across the sub-pixels so each of red, green and blue
// gets its own coverage (the colour fringes), in a few colours on white, syntax-coloured
// words. Glyphs recur from line to line, as letters do; hundreds of colours. `grey`: grey
// anti-aliasing in near-greys instead (red, green and blue a few steps apart), still
// hundreds of colours.
Screen colourText(int width, int height, unsigned seed, bool grey = false) {
    std::mt19937 random(seed);
    std::vector<std::vector<int>> glyphs(40);  // 16 rows of 24 sub-pixels
    for (auto& glyph : glyphs) {
        std::vector<int> ink(16 * 24, 0);
        for (int stroke = 0; stroke < 3; ++stroke) {
            if (random() % 2) {  // a stem, 3 to 5 sub-pixels wide
                const int x0 = 3 + static_cast<int>(random() % 15), y0 = 3 + static_cast<int>(random() % 4);
                const int x1 = x0 + 3 + static_cast<int>(random() % 3);
                for (int y = y0; y < 14; ++y)
                    for (int x = x0; x < x1; ++x) ink[y * 24 + x] = 255;
            } else {  // a bar, the row below it partly covered
                const int y = 3 + static_cast<int>(random() % 10), x0 = 2 + static_cast<int>(random() % 8);
                const int edge = 40 + static_cast<int>(random() % 180);
                for (int x = x0; x < x0 + 8 + static_cast<int>(random() % 8) && x < 22; ++x) {
                    ink[y * 24 + x] = 255;
                    ink[(y + 1) * 24 + x] = std::max(ink[(y + 1) * 24 + x], edge);
                }
            }
        }
        glyph.assign(16 * 24, 0);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 24; ++x) {
                int sum = 0;
                for (int k = -2; k <= 2; ++k)
                    if (x + k >= 0 && x + k < 24) sum += ink[y * 24 + x + k] * (3 - (k < 0 ? -k : k));
                glyph[y * 24 + x] = sum / 9;
            }
    }
    const std::uint32_t colours[] = {0x000000, 0x0000C0, 0xA31515, 0x008000, 0xAF00DB, 0x267F99};
    const std::uint32_t nearGreys[] = {0x000000, 0x202428, 0x403C44, 0x18181C, 0x302C2C, 0x101418};
    Screen screen(width, height);
    screen.fill(0xFFFFFF);
    for (int line = 0; line + 16 <= height; line += 18) {
        const int length = 10 + static_cast<int>(random() % static_cast<unsigned>(width / 8 + 1));
        std::uint32_t colour = 0;
        for (int column = 0; column < length && column * 8 + 8 <= width; ++column) {
            if (random() % 5 == 0) {  // a space, and maybe the next word in another colour
                colour = (grey ? nearGreys : colours)[random() % 6];
                continue;
            }
            const auto& glyph = glyphs[random() % glyphs.size()];
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 8; ++x) {
                    const int* c = &glyph[y * 24 + x * 3];
                    const std::uint32_t pixel =
                        grey ? blend(0xFFFFFF, colour, c[1], c[1], c[1]) : blend(0xFFFFFF, colour, c[0], c[1], c[2]);
                    screen.set(column * 8 + x, line + y, pixel);
                }
        }
    }
    return screen;
}

Screen noise(int width, int height) {
    Screen screen(width, height);
    std::mt19937 random(99);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) screen.set(x, y, random() & 0xFFFFFF);
    return screen;
}

// Noise in which runs of 8 to 40 pixels repeat pixels from up to 8 columns left or 7 right
// and up to 7 rows up: copies from every part of the 2-D neighbourhood the distance codes name.
Screen nearCopies(int width, int height) {
    Screen screen = noise(width, height);
    std::mt19937 random(5);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width;) {
            const int up = static_cast<int>(random() % 8);
            const int left = up == 0 ? 1 + static_cast<int>(random() % 8) : static_cast<int>(random() % 16) - 7;
            const int end = std::min(width, x + 8 + static_cast<int>(random() % 33));
            for (; x < end; ++x)
                if (y - up >= 0 && x - left >= 0 && x - left < width) screen.set(x, y, screen.rgb(x - left, y - up));
        }
    return screen;
}

std::size_t colourCount(const Screen& screen) {
    std::set<std::uint32_t> colours;
    for (int y = 0; y < screen.height; ++y)
        for (int x = 0; x < screen.width; ++x) colours.insert(screen.rgb(x, y));
    return colours.size();
}

std::size_t littleEndian(const Bytes& file, std::size_t at) {
    return file[at] | file[at + 1] << 8 | file[at + 2] << 16 | static_cast<std::size_t>(file[at + 3]) << 24;
}

// The RIFF container's fields: sizes, an even length, a zero pad byte after an odd chunk.
void checkContainer(const Bytes& file) {
    REQUIRE(file.size() >= 26);
    CHECK(std::string(file.begin(), file.begin() + 4) == "RIFF");
    CHECK(std::string(file.begin() + 8, file.begin() + 16) == "WEBPVP8L");
    CHECK(littleEndian(file, 4) == file.size() - 8);
    CHECK(file.size() % 2 == 0);
    const std::size_t chunk = littleEndian(file, 16);
    CHECK(20 + chunk + chunk % 2 == file.size());
    if (chunk % 2) CHECK(file.back() == 0);
    CHECK(file[20] == 0x2F);
}

// Encodes, decodes and compares every pixel; returns the file.
Bytes roundTrip(WebpWriter& writer, const Screen& screen, Vp8lDecoder::Image* decoded = nullptr) {
    Bytes file{1, 2, 3};  // replaced, not appended to
    writer.screen(screen.bytes.data(), screen.stride, screen.width, screen.height, file);
    INFO("a " << screen.width << "x" << screen.height << " rect, " << file.size() << " bytes");
    checkContainer(file);
    Vp8lDecoder::Image image;
    REQUIRE_NOTHROW(image = Vp8lDecoder::decode(file));
    CHECK(image.width == screen.width);
    CHECK(image.height == screen.height);
    CHECK(!image.alphaIsUsed);
    REQUIRE(image.argb.size() == static_cast<std::size_t>(screen.width) * static_cast<std::size_t>(screen.height));
    std::size_t wrong = 0;
    for (int y = 0; y < screen.height; ++y)
        for (int x = 0; x < screen.width; ++x)
            if (image.argb[static_cast<std::size_t>(y) * static_cast<std::size_t>(screen.width) + static_cast<std::size_t>(x)] !=
                (0xFF000000u | screen.rgb(x, y)))
                ++wrong;
    CHECK(wrong == 0);
    if (decoded) *decoded = image;
    return file;
}

}  // namespace

TEST_CASE("webp_rects_of_any_size_come_back_exactly") {
    WebpWriter writer;  // one writer for all: its buffers carry from image to image
    const int sizes[][2] = {{1, 1}, {7, 3}, {1000, 1}, {1, 300}, {2, 50}, {3, 33}, {640, 360}, {5, 5}};
    for (const auto& size : sizes) {
        roundTrip(writer, noise(size[0], size[1]));
        roundTrip(writer, nearCopies(size[0], size[1]));
        roundTrip(writer, colourText(size[0], size[1], 3));
    }
}

TEST_CASE("webp_a_flat_rect_codes_to_a_few_hundred_bytes") {
    WebpWriter writer;
    Screen flat(800, 600);
    flat.fill(0x336699);
    CHECK(roundTrip(writer, flat).size() < 300);
    Screen dot(1, 1);
    dot.fill(0xFFFFFF);
    CHECK(roundTrip(writer, dot).size() < 40);
}

TEST_CASE("webp_noise_has_nothing_to_copy_and_still_comes_back") {
    WebpWriter writer;
    const Bytes file = roundTrip(writer, noise(256, 256));
    CHECK(file.size() < 256 * 256 * 3 * 101 / 100);  // next to nothing over the raw pixels
}

TEST_CASE("webp_copies_reach_anywhere_in_a_wide_rect") {
    WebpWriter writer;
    // Copies from the 2-D neighbourhood where a row is 2500 pixels: most of its 120 codes,
    // above-left and above-right.
    Vp8lDecoder::Image decoded;
    roundTrip(writer, nearCopies(2500, 30), &decoded);
    int codesUsed = 0;
    for (std::size_t code = 1; code <= 120; ++code) codesUsed += decoded.distanceCodes[code] > 0;
    CHECK(codesUsed > 100);
    CHECK(decoded.distanceCodes[3] > 0);  // (1, 1): up and left
    CHECK(decoded.distanceCodes[4] > 0);  // (-1, 1): up and right
    CHECK(decoded.distanceCodes[120] > 0);  // (8, 7)
    // Copies from text lines 18 rows up, beyond the neighbourhood's reach.
    roundTrip(writer, colourText(2500, 60, 8), &decoded);
    CHECK(decoded.distanceCodes[0] > 0);
}

TEST_CASE("webp_rows_are_read_at_the_stride_and_the_padding_ignored") {
    WebpWriter writer;
    const Screen narrow = colourText(300, 40, 4);
    Screen padded(300, 40, 52);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 300; ++x) padded.set(x, y, narrow.rgb(x, y));
    const Bytes tight = roundTrip(writer, narrow);
    CHECK(roundTrip(writer, padded) == tight);
}

TEST_CASE("webp_riff_chunks_of_odd_length_get_a_pad_byte") {
    WebpWriter writer;
    bool odd = false, even = false;
    for (int width = 1; width <= 40 && !(odd && even); ++width) {
        Bytes file;
        writer.screen(noise(width, 3).bytes.data(), static_cast<std::size_t>(width) * 4, width, 3, file);
        checkContainer(file);
        (littleEndian(file, 16) % 2 ? odd : even) = true;
    }
    CHECK(odd);
    CHECK(even);
}

TEST_CASE("webp_colour_text_codes_smaller_than_png_and_grey_text_subtracts_green") {
    WebpWriter writer;
    for (const auto& size : {std::pair<int, int>{256, 64}, std::pair<int, int>{1024, 600}}) {
        const Screen text = colourText(size.first, size.second, 11);
        REQUIRE(colourCount(text) > 256);  // too many for a palette: PNG goes truecolour
        const Bytes webp = roundTrip(writer, text);
        const std::size_t png = pngDataBytes(text);
        MESSAGE("colour text " << size.first << "x" << size.second << " (" << colourCount(text) << " colours): WebP "
                               << webp.size() << " bytes, PNG data " << png << " bytes");
        CHECK(webp.size() < png);
    }
    // Near-grey anti-aliasing has red, green and blue close: less green, they are near zero.
    Vp8lDecoder::Image decoded;
    const Screen grey = colourText(400, 100, 12, true);
    REQUIRE(colourCount(grey) > 256);
    roundTrip(writer, grey, &decoded);
    CHECK(decoded.greenSubtracted);
}

// `count` colours in no order, so every index is used; the first pixel of each row is the
// last colour, so the palette's top index lands in every packed position over the rows.
Screen colours(int width, int height, int count) {
    Screen screen(width, height);
    std::mt19937 random(static_cast<unsigned>(count));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int index = (x + y) % width == 0 ? count - 1 : static_cast<int>(random() % static_cast<unsigned>(count));
            screen.set(x, y, 0x102030u + static_cast<std::uint32_t>(index) * 0x030507u);
        }
    return screen;
}

TEST_CASE("webp_up_to_256_colours_go_as_palette_indices_packed_as_few_colours_allow") {
    WebpWriter writer;
    for (int count : {1, 2, 3, 4, 5, 16, 17, 255, 256}) {
        for (int width : {1, 7, 9, 37, 300}) {
            Vp8lDecoder::Image decoded;
            const Screen screen = colours(width, 6, count);
            roundTrip(writer, screen, &decoded);
            CHECK(decoded.paletteSize == colourCount(screen));
            CHECK_FALSE(decoded.greenSubtracted);
        }
    }
    Vp8lDecoder::Image decoded;
    roundTrip(writer, colours(300, 6, 257), &decoded);
    CHECK(decoded.paletteSize == 0);  // one colour too many: pixels as they are
    // A rect's own colours: the writer's palette does not carry to the next rect.
    roundTrip(writer, colours(50, 50, 3), &decoded);
    CHECK(decoded.paletteSize == 3);
}

// A 480x540 rect of `count` discs in random colours, some over others, on `background`, as
// the remote benchmark's animation draws them; radii from `smallest` to `smallest + spread - 1`.
Screen discsOn(std::uint32_t background, int count, int smallest, int spread, std::mt19937& random) {
    Screen discs(480, 540);
    discs.fill(background);
    for (int disc = 0; disc < count; ++disc) {
        const int cx = static_cast<int>(random() % 480), cy = static_cast<int>(random() % 540);
        const int r = smallest + static_cast<int>(random() % static_cast<unsigned>(spread));
        const std::uint32_t colour = random() & 0xFFFFFF;
        for (int y = std::max(0, cy - r); y < std::min(540, cy + r); ++y)
            for (int x = std::max(0, cx - r); x < std::min(480, cx + r); ++x)
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r) discs.set(x, y, colour);
    }
    return discs;
}

TEST_CASE("webp_windows_and_moving_shapes_code_smaller_than_png") {
    WebpWriter writer;
    // A window: a title bar, buttons, lines of flat controls in 12 colours, repeated.
    Screen window(640, 400);
    window.fill(0xF0F0F0);
    std::mt19937 random(3);
    for (int y = 0; y < 400; ++y)
        for (int x = 0; x < 640; ++x) {
            if (y < 24) window.set(x, y, 0x1F4E79);
            else if ((y - 24) % 32 < 20 && x % 160 < 140 && x % 160 > 8) window.set(x, y, (y - 24) % 32 < 2 ? 0x8A8A8A : 0xFFFFFF);
        }
    for (int button = 0; button < 30; ++button) {
        const std::uint32_t colour = 0x203040u * (1 + random() % 5);
        const int x0 = static_cast<int>(random() % 600), y0 = 30 + static_cast<int>(random() % 360);
        for (int y = y0; y < y0 + 8; ++y)
            for (int x = x0; x < x0 + 30 && x < 640; ++x) window.set(x, y, colour);
    }
    Screen discs = discsOn(0x202830, 40, 10, 40, random);
    for (const Screen* screen : {&window, &discs}) {
        REQUIRE(colourCount(*screen) <= 256);
        const Bytes webp = roundTrip(writer, *screen);
        const std::size_t png = pngDataBytes(*screen);
        MESSAGE(screen->width << "x" << screen->height << " (" << colourCount(*screen) << " colours): WebP " << webp.size()
                              << " bytes, PNG data " << png << " bytes");
        CHECK(webp.size() < png * 9 / 10);
    }
}

TEST_CASE("webp_round_edges_are_copied_from_the_row_above_a_pixel_aside") {
    // Where a disc's edge moves a pixel a row, the row goes on as a copy from above-left or
    // above-right.
    WebpWriter writer;
    std::mt19937 random(5);
    const Screen discs = discsOn(0xF4F4F0, 30, 20, 60, random);
    Vp8lDecoder::Image decoded;
    const Bytes webp = roundTrip(writer, discs, &decoded);
    MESSAGE("discs: " << webp.size() << " bytes, copies from above " << decoded.distanceCodes[1] << ", above-left "
                      << decoded.distanceCodes[3] << ", above-right " << decoded.distanceCodes[4]);
    CHECK(decoded.distanceCodes[3] > 300);
    CHECK(decoded.distanceCodes[4] > 300);
}

TEST_CASE("webp_the_test_decoder_refuses_damaged_files") {
    // So that a round trip through it means something.
    WebpWriter writer;
    Bytes file;
    const Screen text = colourText(200, 40, 2);
    writer.screen(text.bytes.data(), text.stride, text.width, text.height, file);
    REQUIRE_NOTHROW(Vp8lDecoder::decode(file));
    Bytes signature = file;
    signature[20] = 0x2E;
    CHECK_THROWS(Vp8lDecoder::decode(signature));
    Bytes truncated(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(file.size() / 2 / 2 * 2));
    const std::size_t sizes[][2] = {{4, truncated.size() - 8}, {16, truncated.size() - 20}};
    for (const auto& size : sizes)
        for (int i = 0; i < 4; ++i) truncated[size[0] + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(size[1] >> (8 * i));
    CHECK_THROWS(Vp8lDecoder::decode(truncated));
    Bytes riffSize = file;
    riffSize[4] ^= 2;
    CHECK_THROWS(Vp8lDecoder::decode(riffSize));
}
