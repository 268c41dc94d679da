// PngWriter: see PngWriter.h.
#include "PngWriter.h"

#include <cstdlib>
#include <cstring>

#include "ColorTable.h"
#include "Crc32.h"

namespace adhoc {

namespace {

void putBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(value >> shift));
}

void putChunk(std::vector<std::uint8_t>& out, const char (&type)[5], const std::uint8_t* data, std::size_t size) {
    putBigEndian(out, static_cast<std::uint32_t>(size));
    const std::size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    if (size > 0) out.insert(out.end(), data, data + size);
    putBigEndian(out, Crc32::of(&out[start], out.size() - start));
}

}  // namespace

void PngWriter::screen(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                       std::vector<std::uint8_t>& out) {
    if (!toPalette(pixels, stride, width, height)) {
        packColors(pixels, stride, width, height, false);
        filterPaeth(width * 3 + 1, height, 3);
        write(width, height, 8, Truecolor, out);
        return;
    }
    const std::size_t colors = palette_.size();
    const int bits = colors <= 2 ? 1 : colors <= 4 ? 2 : colors <= 16 ? 4 : 8;
    packIndices(width, height, bits);
    write(width, height, bits, Indexed, out);
}

void PngWriter::withAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                          std::vector<std::uint8_t>& out) {
    packColors(pixels, stride, width, height, true);
    write(width, height, 8, TruecolorAlpha, out);
}

bool PngWriter::toPalette(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    ColorTable table(256);
    indices_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    std::uint32_t last = 0xFFFFFFFFu;  // no colour; a run of one colour skips the table
    int lastIndex = 0;
    std::size_t at = 0;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x, in += 4) {
            const std::uint32_t color = ColorTable::colorOf(in);
            if (color != last) {
                lastIndex = table.indexOf(color);
                if (lastIndex < 0) return false;
                last = color;
            }
            indices_[at++] = static_cast<std::uint8_t>(lastIndex);
        }
    }
    palette_ = table.colors();
    return true;
}

void PngWriter::packIndices(int width, int height, int bits) {
    const std::size_t rowBytes = (static_cast<std::size_t>(width) * static_cast<std::size_t>(bits) + 7) / 8;
    rows_.assign((rowBytes + 1) * static_cast<std::size_t>(height), 0);
    const int perByte = 8 / bits;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = &indices_[static_cast<std::size_t>(y) * static_cast<std::size_t>(width)];
        std::uint8_t* out = &rows_[static_cast<std::size_t>(y) * (rowBytes + 1) + 1];  // after the filter byte
        if (bits == 8) {
            std::memcpy(out, in, static_cast<std::size_t>(width));
            continue;
        }
        for (int x = 0; x < width; ++x) {
            const int shift = 8 - bits * (x % perByte + 1);  // the first pixel in the high bits
            out[x / perByte] = static_cast<std::uint8_t>(out[x / perByte] | (in[x] << shift));
        }
    }
}

void PngWriter::packColors(const std::uint8_t* pixels, std::size_t stride, int width, int height, bool alpha) {
    const std::size_t channels = alpha ? 4 : 3;
    const std::size_t rowBytes = static_cast<std::size_t>(width) * channels + 1;
    rows_.resize(rowBytes * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = pixels + static_cast<std::size_t>(y) * stride;
        std::uint8_t* out = &rows_[static_cast<std::size_t>(y) * rowBytes];
        *out++ = 0;  // filter: none
        for (int x = 0; x < width; ++x, in += 4, out += channels) {
            out[0] = in[2];
            out[1] = in[1];
            out[2] = in[0];
            if (alpha) out[3] = in[3];
        }
    }
}

void PngWriter::filterPaeth(int rowBytes, int height, int bytesPerPixel) {
    // Bottom row first and right to left, so each byte's neighbours are still unfiltered.
    const auto predict = [](int left, int up, int upLeft) {
        const int p = left + up - upLeft;
        const int pa = std::abs(p - left), pb = std::abs(p - up), pc = std::abs(p - upLeft);
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    };
    for (int y = height - 1; y >= 0; --y) {
        std::uint8_t* row = &rows_[static_cast<std::size_t>(y) * static_cast<std::size_t>(rowBytes)];
        const std::uint8_t* above = y > 0 ? row - rowBytes : nullptr;
        row[0] = 4;  // filter: Paeth
        for (int i = rowBytes - 1; i >= 1; --i) {
            const int left = i > bytesPerPixel ? row[i - bytesPerPixel] : 0;
            const int up = above ? above[i] : 0;
            const int upLeft = above && i > bytesPerPixel ? above[i - bytesPerPixel] : 0;
            row[i] = static_cast<std::uint8_t>(row[i] - predict(left, up, upLeft));
        }
    }
}

void PngWriter::write(int width, int height, int bitDepth, ColorType type, std::vector<std::uint8_t>& out) {
    static const std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    out.assign(kSignature, kSignature + 8);
    std::vector<std::uint8_t> header;
    putBigEndian(header, static_cast<std::uint32_t>(width));
    putBigEndian(header, static_cast<std::uint32_t>(height));
    header.insert(header.end(), {static_cast<std::uint8_t>(bitDepth), type, 0, 0, 0});  // deflate, no filter set, no interlace
    putChunk(out, "IHDR", header.data(), header.size());
    if (type == Indexed) {
        std::vector<std::uint8_t> plte;
        for (std::uint32_t color : palette_)
            plte.insert(plte.end(), {static_cast<std::uint8_t>(color >> 16), static_cast<std::uint8_t>(color >> 8),
                                     static_cast<std::uint8_t>(color)});
        putChunk(out, "PLTE", plte.data(), plte.size());
    }
    compressed_.clear();
    deflate_.zlib(rows_.data(), rows_.size(), rows_.size() / static_cast<std::size_t>(height), compressed_);
    putChunk(out, "IDAT", compressed_.data(), compressed_.size());
    putChunk(out, "IEND", nullptr, 0);
}

}  // namespace adhoc
