// GoldenVectorsTest: the agent's encoders against the golden vectors in docs/vectors (format:
// docs/vectors/README.md), which the viewer's decoders pass too (web/src/test/js). Every
// vector file but png.txt (fixed: what earlier agents sent) is made again here from the inputs
// below with the agent's encoders (bilevel and WebP rects, rect, copy-rect, frame-end,
// cursor-shape and file-data frames, bundles) and must equal the stored file line for line,
// so an encoder whose output changes fails here. If the change is meant, regenerate with
// ADHOC_WRITE_VECTORS=1 (agent-msi/README.md); the viewer's tests then say whether the viewer
// still decodes the new bytes. Run from agent-msi/ (make test does): paths
// are relative to it.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "../src/core/BilevelEncoder.h"
#include "../src/core/FileDataFrame.h"
#include "../src/core/FrameBundle.h"
#include "../src/core/PngWriter.h"
#include "../src/core/RemoteProtocol.h"
#include "../src/core/WebpWriter.h"
#include "Hex.h"
#include <doctest/doctest.h>

using namespace adhoc;
using adhoc::test::hex;
using Bytes = std::vector<std::uint8_t>;

namespace {

const char* const kFolder = "../docs/vectors/";

// A rect's pixels as 0xRRGGBB (0xAARRGGBB for pointer shapes), row after row.
struct Picture {
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;
};

// The same numbers on every compiler (std:: distributions are not).
class Sequence {
public:
    explicit Sequence(std::uint32_t seed) : state_(seed) {}
    std::uint32_t next(std::uint32_t below) {
        state_ = state_ * 1664525u + 1013904223u;
        return (state_ >> 16) % below;
    }

private:
    std::uint32_t state_;
};

Picture picture(int width, int height, const std::function<std::uint32_t(int, int)>& colourAt) {
    Picture p{width, height, {}};
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) p.pixels.push_back(colourAt(x, y));
    return p;
}

// Glyph-like strokes: cells of 6x10 pixels, each one of eight 4x7 shapes, so shapes repeat
// as letters do and the bilevel model's memory matters.
Picture text(int glyphs, std::uint32_t seed, std::uint32_t ink, std::uint32_t paper) {
    Sequence shapes(7);
    std::uint32_t shape[8];
    for (auto& s : shape) s = shapes.next(1u << 14) << 14 | shapes.next(1u << 14);  // 28 bits: 4x7
    Sequence pick(seed);
    std::vector<std::uint32_t> line;
    for (int g = 0; g < glyphs; ++g) line.push_back(shape[pick.next(8)]);
    return picture(glyphs * 6, 10, [&](int x, int y) {
        const int gx = x % 6 - 1;
        const int gy = y - 2;
        const bool inGlyph = gx >= 0 && gx < 4 && gy >= 0 && gy < 7;
        return inGlyph && (line[static_cast<std::size_t>(x / 6)] >> (gy * 4 + gx) & 1) ? ink : paper;
    });
}

// Every pixel one of `colours` (taken from `palette`), at random.
Picture scatter(int width, int height, std::uint32_t seed, const std::vector<std::uint32_t>& palette) {
    Sequence random(seed);
    return picture(width, height, [&](int, int) { return palette[random.next(static_cast<std::uint32_t>(palette.size()))]; });
}

std::vector<std::uint32_t> distinctColours(int count) {
    std::vector<std::uint32_t> colours;
    for (int i = 0; i < count; ++i)
        colours.push_back((static_cast<std::uint32_t>(i * 37 % 256) << 16) | (static_cast<std::uint32_t>(i) << 8) |
                          static_cast<std::uint32_t>(255 - i));
    return colours;
}

// What `encode` (an encoder's call: pixels, stride, width, height, output) makes of the
// picture as 32-bit BGRx pixels (BGRA with `alpha`), the way the worker captures them.
template <typename Encode>
Bytes encoded(const Picture& p, bool alpha, Encode encode) {
    Bytes pixels;
    for (std::uint32_t c : p.pixels)
        pixels.insert(pixels.end(), {static_cast<std::uint8_t>(c), static_cast<std::uint8_t>(c >> 8),
                                     static_cast<std::uint8_t>(c >> 16), static_cast<std::uint8_t>(alpha ? c >> 24 : 0)});
    Bytes out;
    encode(pixels.data(), static_cast<std::size_t>(p.width) * 4, p.width, p.height, out);
    return out;
}

// Pixels as hex, 3 bytes each (RRGGBB), 4 with `alpha` (RRGGBBAA).
std::string hexPixels(const Picture& p, bool alpha) {
    Bytes bytes;
    for (std::uint32_t c : p.pixels) {
        bytes.insert(bytes.end(), {static_cast<std::uint8_t>(c >> 16), static_cast<std::uint8_t>(c >> 8),
                                   static_cast<std::uint8_t>(c)});
        if (alpha) bytes.push_back(static_cast<std::uint8_t>(c >> 24));
    }
    return hex(bytes);
}

std::string rectLine(const std::string& name, const ScreenRect& at, const Picture& p, const Bytes& frame) {
    std::ostringstream line;
    line << "rect " << name << ' ' << at.x << ' ' << at.y << ' ' << p.width << ' ' << p.height << ' '
         << hexPixels(p, false) << ' ' << hex(frame) << '\n';
    return line.str();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return in ? text.str() : std::string();
}

// Compares the stored file with `made`, line by line; with ADHOC_WRITE_VECTORS set, stores it.
void checkVectors(const char* file, const std::string& made) {
    const std::string path = std::string(kFolder) + file;
    if (std::getenv("ADHOC_WRITE_VECTORS")) {
        std::ofstream(path, std::ios::binary) << made;
        CHECK_EQ(readFile(path), made);
        return;
    }
    std::istringstream stored(readFile(path));
    std::istringstream expected(made);
    std::string have, want;
    int number = 0;
    while (std::getline(expected, want)) {
        ++number;
        if (!std::getline(stored, have)) {
            FAIL_CHECK(path << " (run from agent-msi/) ends before line " << number << ": " << want.substr(0, 40));
            return;
        }
        if (have != want)
            FAIL_CHECK(path << " line " << number << " differs from the agent's encoding: " << want.substr(0, 40));
    }
    CHECK(!std::getline(stored, have));
}

const char* const kGenerated = "# Made by agent-msi/test/GoldenVectorsTest.cpp; format in README.md. Do not edit.\n";

}  // namespace

TEST_CASE("golden_vectors_bilevel_rects_are_the_agents_encoding") {
    // One encoder for the whole file, as one connection: colours and odds carry from rect to
    // rect, and a `screen` message ("reset") starts both sides over.
    BilevelEncoder encoder;
    std::string made = kGenerated;
    auto rect = [&](const std::string& name, const ScreenRect& at, const Picture& p) {
        const Bytes payload = encoded(p, false, [&](auto&&... in) { CHECK(encoder.encode(in...)); });
        made += rectLine(name, at, p, RemoteProtocol::rectFrame(RectEncoding::Bilevel, at, payload));
    };
    const Picture line = text(12, 1, 0x000000, 0xFFFFFF);
    rect("text", {0, 0, 72, 10}, line);
    rect("same-colours-glyphs-seen-before", {640, 480, 60, 10}, text(10, 2, 0x000000, 0xFFFFFF));
    rect("same-colours-ink-commoner", {7, 9, 5, 4}, picture(5, 4, [](int x, int y) { return x + y == 3 ? 0xFFFFFFu : 0u; }));
    rect("new-colours-noise", {1919, 1079, 23, 7}, scatter(23, 7, 3, {0x1E90FF, 0xFFD700}));
    rect("one-colour", {3, 65535, 5, 3}, picture(5, 3, [](int, int) { return 0x336699u; }));
    rect("one-pixel", {0, 1, 1, 1}, picture(1, 1, [](int, int) { return 0x1E90FFu; }));
    // Rows that repeat the row above (a flat band, then squares): one row bit each.
    rect("repeated-rows", {40, 50, 30, 12},
         picture(30, 12, [](int x, int y) { return y >= 6 && (x / 5) % 2 ? 0xFFFFFFu : 0x000000u; }));
    made += "reset\n";
    encoder.reset();
    rect("text-after-reset", {0, 0, 72, 10}, line);
    rect("narrow-and-tall", {100, 200, 3, 40}, scatter(3, 40, 4, {0x000000, 0xFFFFFF}));
    checkVectors("bilevel.txt", made);
}

TEST_CASE("golden_vectors_webp_rects_are_the_agents_encoding") {
    WebpWriter writer;
    std::string made = kGenerated;
    auto rect = [&](const std::string& name, const ScreenRect& at, const Picture& p) {
        const Bytes webp = encoded(p, false, [&](auto&&... in) { writer.screen(in...); });
        made += rectLine(name, at, p, RemoteProtocol::rectFrame(RectEncoding::Webp, at, webp));
    };
    // Three lines of glyphs with sub-pixel fringes, the third the first again: copied from rows above.
    const Picture first = text(10, 1, 0, 0xFFFFFF), second = text(10, 2, 0, 0xFFFFFF);
    const std::uint32_t fringes[3] = {0x1E3A8A, 0x7F1D1D, 0x14532D};
    rect("sub-pixel-text", {40, 30, 60, 30}, picture(60, 30, [&](int x, int y) {
        const Picture& line = y / 10 == 1 ? second : first;
        return line.pixels[static_cast<std::size_t>(y % 10 * 60 + x)] == 0 ? fringes[x % 3] : 0xFFFFFFu;
    }));
    rect("truecolour-gradient", {90, 100, 17, 16}, picture(17, 16, [](int x, int y) {
        return static_cast<std::uint32_t>((x * 15) << 16 | (y * 15) << 8 | (x + y * 17));
    }));
    // Up to 256 colours: a palette, and indices packed 8, 4 or 2 to a pixel when few colours allow.
    const std::vector<std::uint32_t> colours = distinctColours(256);
    auto firstColours = [&](int n) { return std::vector<std::uint32_t>(colours.begin(), colours.begin() + n); };
    rect("two-colours-1-bit", {10, 20, 13, 5}, scatter(13, 5, 6, firstColours(2)));
    rect("four-colours-2-bit", {30, 40, 7, 6}, scatter(7, 6, 7, firstColours(4)));
    rect("sixteen-colours-4-bit", {50, 60, 9, 9}, scatter(9, 9, 8, firstColours(16)));
    rect("256-colours-8-bit", {70, 80, 20, 15}, scatter(20, 15, 9, colours));
    rect("noise", {0, 0, 13, 7}, scatter(13, 7, 10, colours));
    rect("one-pixel", {1919, 1079, 1, 1}, picture(1, 1, [](int, int) { return 0x336699u; }));
    checkVectors("webp.txt", made);
}

TEST_CASE("golden_vectors_frames_are_the_agents_encoding") {
    std::string made = kGenerated;
    for (std::uint32_t seq : {0u, 1u, 0x01020304u, 0xFFFFFFFFu})
        made += "frame-end " + std::to_string(seq) + ' ' + hex(RemoteProtocol::frameEnd(seq)) + '\n';
    PngWriter writer;
    auto cursor = [&](const std::string& name, int hotX, int hotY, const Picture& p) {
        const Bytes png = encoded(p, true, [&](auto&&... in) { writer.withAlpha(in...); });
        std::ostringstream line;
        line << "cursor " << name << ' ' << hotX << ' ' << hotY << ' ' << p.width << ' ' << p.height << ' '
             << hexPixels(p, true) << ' ' << hex(RemoteProtocol::cursorShapeFrame(hotX, hotY, p.width, p.height, png)) << '\n';
        made += line.str();
    };
    cursor("arrow", 0, 0, picture(6, 8, [](int x, int y) {
        return x > y || x + 2 > 8 - y / 2 ? 0x00000000u : x == 0 || x == y ? 0xFF000000u : 0xFFFFFFFFu;
    }));
    cursor("translucent", 1, 2, picture(3, 3, [](int x, int y) {
        return static_cast<std::uint32_t>((x * 3 + y) * 28) << 24 | 0x3366CCu;
    }));
    // Copy rects: a block dragged 24 px right and 8 up, one scrolled up 48 px, one moved a pixel
    // right (each overlapping where it lands).
    const ScreenMove moves[] = {{{26, 22, 100, 90}, 24, -8}, {{0, 0, 160, 100}, 0, -48}, {{1, 0, 63, 64}, 1, 0}};
    for (const ScreenMove& move : moves) {
        std::ostringstream line;
        line << "copy " << move.to.x << ' ' << move.to.y << ' ' << move.to.width << ' ' << move.to.height << ' '
             << move.from().x << ' ' << move.from().y << ' ' << hex(RemoteProtocol::copyFrame(move)) << '\n';
        made += line.str();
    }
    // File data both ways: the agent writes downloads' frames and reads uploads' (the same layout).
    const struct { std::uint32_t transfer; int size; } chunks[] = {{1, 1}, {0x01020304, 5}, {0xFFFFFFFF, 300}};
    for (const auto& [transfer, size] : chunks) {
        Bytes bytes;
        for (int i = 0; i < size; ++i) bytes.push_back(static_cast<std::uint8_t>(i * 7));
        Bytes frame;
        FileDataFrame::appendHeader(frame, transfer);
        frame.insert(frame.end(), bytes.begin(), bytes.end());
        std::uint32_t read = 0;
        CHECK((FileDataFrame::transferOf(frame.data(), frame.size(), read) && read == transfer));
        made += "file-data " + std::to_string(transfer) + ' ' + hex(bytes) + ' ' + hex(frame) + '\n';
    }
    // A frame's rects and its end in one message; a lone frame goes as it is.
    auto bundle = [&](const std::vector<Bytes>& frames) {
        struct Sent : StreamPeer {
            bool sendText(const std::string&) override { return false; }
            bool sendBinary(const std::uint8_t* data, std::size_t size) override {
                message.assign(data, data + size);
                return true;
            }
            Bytes message;
        } sent;
        FrameBundle frameBundle(sent);
        std::string line = "bundle ";
        for (const Bytes& frame : frames) {
            CHECK(frameBundle.add(frame));
            line += (&frame == &frames.front() ? "" : ",") + hex(frame);
        }
        CHECK(frameBundle.send());
        made += line + ' ' + hex(sent.message) + '\n';
    };
    const Picture square = picture(2, 2, [](int x, int y) { return x == y ? 0x1E90FFu : 0xFFFFFFu; });
    WebpWriter webpWriter;
    const Bytes webp = encoded(square, false, [&](auto&&... in) { webpWriter.screen(in...); });
    bundle({RemoteProtocol::rectFrame(RectEncoding::Webp, {4, 5, 2, 2}, webp),
            RemoteProtocol::rectFrame(RectEncoding::Webp, {6, 5, 2, 2}, webp), RemoteProtocol::frameEnd(3)});
    bundle({RemoteProtocol::frameEnd(4)});
    bundle({RemoteProtocol::copyFrame(moves[0]), RemoteProtocol::rectFrame(RectEncoding::Webp, {2, 412, 2, 2}, webp),
            RemoteProtocol::frameEnd(5)});
    checkVectors("frames.txt", made);
}
