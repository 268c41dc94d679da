// DeflateBench: compares the coders for PngWriter's image data on generated screen rects
// (anti-aliased text, flat UI, the remote benchmark's moving discs, 256-colour noise): bytes
// and MB/s of the rows for each coder. Not shipped; `make bench` builds and runs it under Wine.
//
// The rows are exactly what PngWriter compresses: each image goes through PngWriter once and
// its IDAT is inflated back with zlib, so palette packing and filter bytes match the agent's.
#include <zlib.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "../../src/core/Deflate.h"
#include "../../src/core/PngWriter.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

struct Image {
    std::string name;
    int width, height;
    std::vector<std::uint32_t> pixels;  // 0x00RRGGBB, as BGRx bytes in memory
    Image(std::string n, int w, int h, std::uint32_t fill)
        : name(std::move(n)), width(w), height(h), pixels(static_cast<std::size_t>(w) * h, fill) {}
    std::uint32_t& at(int x, int y) { return pixels[static_cast<std::size_t>(y) * width + x]; }
    void fill(int x0, int y0, int w, int h, std::uint32_t color) {
        for (int y = y0; y < y0 + h && y < height; ++y)
            for (int x = x0; x < x0 + w && x < width; ++x) at(x, y) = color;
    }
};

std::uint32_t grey(int level) { return static_cast<std::uint32_t>(level * 0x010101); }

// Lines of 8x16 glyphs from a set of 60 random ones with anti-aliased edges (grey levels),
// like a terminal or a document: glyphs recur, as letters do.
Image text(std::mt19937& rng) {
    Image image("text", 1024, 768, 0xFFFFFF);
    std::vector<std::vector<int>> glyphs(60, std::vector<int>(8 * 16));
    for (auto& glyph : glyphs)
        for (int y = 3; y < 14; ++y)
            for (int x = 1; x < 7; ++x) glyph[y * 8 + x] = rng() % 3 == 0 ? 255 : rng() % 4 == 0 ? 128 : 0;
    for (int row = 0; row < image.height / 18; ++row) {
        int length = 40 + static_cast<int>(rng() % 80);
        for (int col = 0; col < length && col * 8 + 8 < image.width; ++col) {
            if (rng() % 6 == 0) continue;  // a space
            const auto& glyph = glyphs[rng() % glyphs.size()];
            for (int y = 0; y < 16; ++y)
                for (int x = 0; x < 8; ++x) image.at(col * 8 + x, row * 18 + y) = grey(255 - glyph[y * 8 + x]);
        }
    }
    return image;
}

// Panels, a title bar, buttons with borders, a list with a selected line and 16x16 icons.
Image ui(std::mt19937& rng) {
    Image image("ui", 1024, 768, 0xF0F0F0);
    image.fill(0, 0, 1024, 30, 0x1F4E79);
    image.fill(0, 30, 220, 738, 0xE6E6E6);
    image.fill(220, 30, 1, 738, 0xA0A0A0);
    std::vector<std::uint32_t> icon(16 * 16);  // 16 colours, as small icons mostly have
    std::vector<std::uint32_t> iconColors(16);
    for (auto& color : iconColors) color = rng() & 0xFFFFFF;
    for (auto& p : icon) p = iconColors[rng() % 16];
    for (int i = 0; i < 30; ++i) {
        int y = 40 + i * 24;
        if (i == 7) image.fill(0, y - 2, 220, 22, 0xCCE8FF);
        for (int p = 0; p < 256; ++p) image.at(10 + p % 16, y + p / 16) = icon[(p + i * 7) % 256];
        image.fill(34, y + 6, 60 + static_cast<int>(rng() % 120), 5, 0x333333);
    }
    for (int b = 0; b < 6; ++b) {
        int x = 260 + b * 120;
        image.fill(x, 700, 100, 28, 0xA0A0A0);
        image.fill(x + 1, 701, 98, 26, b == 0 ? 0x0078D7 : 0xFDFDFD);
        image.fill(x + 30, 712, 40, 4, b == 0 ? 0xFFFFFF : 0x222222);
    }
    return image;
}

// The remote benchmark's animation: 40 discs on a flat background over half a 1080p screen.
Image discs(std::mt19937& rng) {
    Image image("discs", 960, 1080, 0x202830);
    for (int i = 0; i < 40; ++i) {
        int cx = static_cast<int>(rng() % 960), cy = static_cast<int>(rng() % 1080), r = 20 + static_cast<int>(rng() % 40);
        std::uint32_t color = rng() & 0xFFFFFF;
        for (int y = cy - r; y <= cy + r; ++y)
            for (int x = cx - r; x <= cx + r; ++x)
                if (x >= 0 && y >= 0 && x < 960 && y < 1080 && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
                    image.at(x, y) = color;
    }
    return image;
}

// The worst case a PNG rect can be: 256 colours in no order (more go as JPEG).
Image noise(std::mt19937& rng) {
    Image image("noise", 512, 512, 0);
    std::vector<std::uint32_t> palette(256);
    for (auto& color : palette) color = rng() & 0xFFFFFF;
    for (auto& p : image.pixels) p = palette[rng() % 256];
    return image;
}

// The IDAT payload of a PNG, inflated: the rows PngWriter gave its coder.
Bytes rowsOf(const Image& image) {
    adhoc::PngWriter png;
    Bytes file;
    png.screen(reinterpret_cast<const std::uint8_t*>(image.pixels.data()), static_cast<std::size_t>(image.width) * 4,
               image.width, image.height, file);
    Bytes idat;
    for (std::size_t at = 8; at + 12 <= file.size();) {
        std::size_t length = static_cast<std::size_t>(file[at]) << 24 | file[at + 1] << 16 | file[at + 2] << 8 | file[at + 3];
        if (std::string(reinterpret_cast<const char*>(&file[at + 4]), 4) == "IDAT")
            idat.insert(idat.end(), file.begin() + static_cast<long>(at) + 8, file.begin() + static_cast<long>(at + 8 + length));
        at += length + 12;
    }
    Bytes rows(static_cast<std::size_t>(image.width) * image.height * 4 + image.height);
    uLongf size = static_cast<uLongf>(rows.size());
    if (uncompress(rows.data(), &size, idat.data(), static_cast<uLong>(idat.size())) != Z_OK) return {};
    rows.resize(size);
    return rows;
}

void zlibCompress(const Bytes& rows, int level, int strategy, Bytes& out) {
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, 15, 8, strategy);
    out.resize(deflateBound(&z, static_cast<uLong>(rows.size())));
    z.next_in = const_cast<Bytef*>(rows.data());
    z.avail_in = static_cast<uInt>(rows.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
}

// Runs `code` for at least half a second; prints bytes and MB/s of the input.
void measure(const char* coder, const Bytes& rows, const std::function<void(Bytes&)>& code) {
    Bytes out;
    int runs = 0;
    auto start = std::chrono::steady_clock::now();
    double seconds = 0;
    do {
        code(out);
        ++runs;
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    } while (seconds < 0.5);
    std::printf("  %-22s %9zu bytes  %8.1f MB/s\n", coder, out.size(), rows.size() * runs / seconds / 1e6);
}

}  // namespace

int main() {
    std::mt19937 rng(20261202);
    std::vector<Image> images{text(rng), ui(rng), discs(rng), noise(rng)};
    adhoc::Deflate ours;
    for (const Image& image : images) {
        Bytes rows = rowsOf(image);
        std::printf("%s %dx%d: %zu bytes of rows (%zu per row)\n", image.name.c_str(), image.width, image.height,
                    rows.size(), rows.size() / static_cast<std::size_t>(image.height));
        const std::size_t rowBytes = rows.size() / static_cast<std::size_t>(image.height);
        measure("Deflate (ours)", rows, [&](Bytes& out) { out.clear(); ours.zlib(rows.data(), rows.size(), rowBytes, out); });
        measure("zlib level 1", rows, [&](Bytes& out) { zlibCompress(rows, 1, Z_DEFAULT_STRATEGY, out); });
        measure("zlib level 6", rows, [&](Bytes& out) { zlibCompress(rows, 6, Z_DEFAULT_STRATEGY, out); });
        measure("zlib level 1, Z_RLE", rows, [&](Bytes& out) { zlibCompress(rows, 1, Z_RLE, out); });
    }
    return 0;
}
