// PngWriter: see PngWriter.h.
#include "PngWriter.h"

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

void PngWriter::withAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                          std::vector<std::uint8_t>& out) {
    packColors(pixels, stride, width, height);
    static const std::uint8_t kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    out.assign(kSignature, kSignature + 8);
    std::vector<std::uint8_t> header;
    putBigEndian(header, static_cast<std::uint32_t>(width));
    putBigEndian(header, static_cast<std::uint32_t>(height));
    header.insert(header.end(), {8, 6, 0, 0, 0});  // 8 bits, RGBA; deflate, no filter set, no interlace
    putChunk(out, "IHDR", header.data(), header.size());
    compressed_.clear();
    deflate_.zlib(rows_.data(), rows_.size(), rows_.size() / static_cast<std::size_t>(height), compressed_);
    putChunk(out, "IDAT", compressed_.data(), compressed_.size());
    putChunk(out, "IEND", nullptr, 0);
}

void PngWriter::packColors(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    const std::size_t rowBytes = static_cast<std::size_t>(width) * 4 + 1;
    rows_.resize(rowBytes * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = pixels + static_cast<std::size_t>(y) * stride;
        std::uint8_t* out = &rows_[static_cast<std::size_t>(y) * rowBytes];
        *out++ = 0;  // filter: none
        for (int x = 0; x < width; ++x, in += 4, out += 4) {
            out[0] = in[2];
            out[1] = in[1];
            out[2] = in[0];
            out[3] = in[3];
        }
    }
}

}  // namespace adhoc
