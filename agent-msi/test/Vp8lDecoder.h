// Vp8lDecoder (tests only): decodes WebP lossless files, written from the format's
// specification (RFC 9649) as plainly as the text, to check WebpWriter against. It reads
// the RIFF container, the subtract-green and colour-indexing transforms (with packed
// indices), the colour cache, one prefix code group (simple and normal codes), literals,
// cache indices and copies with the 2-D distance map; the other transforms and meta prefix
// codes, which the writer does not use, are refused.
// Like libwebp it refuses codes that are not complete (but for a single symbol, which takes
// no bits), copies from before the first pixel or past the last, and truncated data.
#pragma once

#include <array>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace adhoc::test {

class Vp8lDecoder {
public:
    struct Image {
        int width = 0;
        int height = 0;
        bool alphaIsUsed = false;
        bool greenSubtracted = false;     // the subtract-green transform was used
        std::size_t paletteSize = 0;      // the colour-indexing transform's, 0 when it was not used
        std::vector<std::uint32_t> argb;  // 0xAARRGGBB, scan-line order
        // How often each distance code 1..120 (the 2-D neighbourhood) was used; [0]: the
        // codes beyond 120 (plain distances).
        std::array<std::size_t, 121> distanceCodes{};
    };

    // The decoded image; throws std::runtime_error saying what is wrong.
    static Image decode(const std::vector<std::uint8_t>& file) {
        if (file.size() < 21 || std::string(file.begin(), file.begin() + 4) != "RIFF" ||
            std::string(file.begin() + 8, file.begin() + 16) != "WEBPVP8L")
            fail("not a RIFF WEBP file with a VP8L chunk");
        if (littleEndian(file, 4) != file.size() - 8) fail("RIFF size is not the file's size less 8");
        const std::size_t chunkSize = littleEndian(file, 16);
        if (20 + chunkSize + chunkSize % 2 != file.size()) fail("VP8L chunk size (and pad byte) do not fill the file");
        Vp8lDecoder decoder(file, 20, 20 + chunkSize);
        return decoder.image();
    }

private:
    // A canonical prefix code, decoded a bit at a time (the first bit read is the code's
    // most significant one, as in Deflate).
    struct PrefixCode {
        std::array<int, 16> perLength{};  // symbols with each code length
        std::vector<int> symbols;         // by code length, then symbol value
        int onlySymbol = -1;              // a code of one symbol takes no bits
    };

    Vp8lDecoder(const std::vector<std::uint8_t>& data, std::size_t begin, std::size_t end)
        : data_(data), at_(begin * 8), end_(end * 8) {}

    static void fail(const std::string& why) { throw std::runtime_error("VP8L: " + why); }

    static std::size_t littleEndian(const std::vector<std::uint8_t>& d, std::size_t at) {
        return d[at] | d[at + 1] << 8 | d[at + 2] << 16 | static_cast<std::size_t>(d[at + 3]) << 24;
    }

    std::uint32_t bits(int count) {
        std::uint32_t value = 0;
        for (int i = 0; i < count; ++i, ++at_) {
            if (at_ >= end_) fail("read past the end of the chunk");
            value |= static_cast<std::uint32_t>((data_[at_ / 8] >> (at_ % 8)) & 1) << i;
        }
        return value;
    }

    Image image() {
        if (bits(8) != 0x2F) fail("bad signature");
        Image result;
        result.width = static_cast<int>(bits(14)) + 1;
        result.height = static_cast<int>(bits(14)) + 1;
        result.alphaIsUsed = bits(1) == 1;
        if (bits(3) != 0) fail("version is not 0");
        std::vector<std::uint32_t> palette;
        while (bits(1)) {
            const std::uint32_t type = bits(2);
            if (type != 2 && type != 3) fail("transform " + std::to_string(type) + " is not supported here");
            if (type == 2 ? result.greenSubtracted : !palette.empty()) fail("a transform appears twice");
            if (type == 2) {
                result.greenSubtracted = true;
                continue;
            }
            palette = paletteImage(static_cast<int>(bits(8)) + 1);
        }
        result.paletteSize = palette.size();
        const int widthBits = palette.empty() ? 0 : palette.size() <= 2 ? 3 : palette.size() <= 4 ? 2 : palette.size() <= 16 ? 1 : 0;
        const int codedWidth = (result.width + (1 << widthBits) - 1) >> widthBits;
        result.argb = pixels(codedWidth, result.height, result.distanceCodes, true);
        if (!palette.empty()) result.argb = unpack(result.argb, palette, widthBits, result.width, result.height);
        if (result.greenSubtracted)
            for (std::uint32_t& p : result.argb) {
                const std::uint32_t green = (p >> 8) & 0xFF;
                const std::uint32_t red = (((p >> 16) & 0xFF) + green) & 0xFF, blue = ((p & 0xFF) + green) & 0xFF;
                p = (p & 0xFF00FF00u) | red << 16 | blue;
            }
        return result;
    }

    // The colour-indexing transform's palette: a one-row image of `size` colours, each coded as
    // its difference from the one before, channel by channel (RFC 9649, 4.4).
    std::vector<std::uint32_t> paletteImage(int size) {
        std::array<std::size_t, 121> unused{};
        std::vector<std::uint32_t> palette = pixels(size, 1, unused, false);
        for (std::size_t i = 1; i < palette.size(); ++i) {
            std::uint32_t sum = 0;
            for (int shift = 0; shift < 32; shift += 8)
                sum |= (((palette[i] >> shift) + (palette[i - 1] >> shift)) & 0xFF) << shift;
            palette[i] = sum;
        }
        return palette;
    }

    // The image the palette indices (in green, `8 >> widthBits` bits each, the first pixel in
    // the lowest bits) stand for; an index past the palette is transparent black, as the format says.
    static std::vector<std::uint32_t> unpack(const std::vector<std::uint32_t>& packed, const std::vector<std::uint32_t>& palette,
                                             int widthBits, int width, int height) {
        const int indexBits = 8 >> widthBits, codedWidth = (width + (1 << widthBits) - 1) >> widthBits;
        std::vector<std::uint32_t> out;
        for (int y = 0; y < height; ++y)
            for (int x = 0; x < width; ++x) {
                const std::uint32_t green = (packed[static_cast<std::size_t>(y * codedWidth + (x >> widthBits))] >> 8) & 0xFF;
                const std::uint32_t index = (green >> ((x & ((1 << widthBits) - 1)) * indexBits)) & ((1u << indexBits) - 1);
                out.push_back(index < palette.size() ? palette[index] : 0);
            }
        return out;
    }

    // An entropy-coded image (RFC 9649, 5.2 and 6.2); only the main one (`level0`) may have meta prefix codes.
    std::vector<std::uint32_t> pixels(int width, int height, std::array<std::size_t, 121>& distanceCodes, bool level0) {
        int cacheBits = 0;
        if (bits(1)) {
            cacheBits = static_cast<int>(bits(4));
            if (cacheBits < 1 || cacheBits > 11) fail("colour cache bits out of 1..11");
        }
        if (level0 && bits(1)) fail("meta prefix codes are not supported here");
        const int cacheSize = cacheBits ? 1 << cacheBits : 0;
        const PrefixCode green = readCode(256 + 24 + cacheSize), red = readCode(256), blue = readCode(256),
                         alpha = readCode(256), distance = readCode(40);
        std::vector<std::uint32_t> cache(static_cast<std::size_t>(cacheSize), 0);
        const auto remember = [&](std::uint32_t argb) {
            if (cacheBits) cache[(argb * 0x1E35A7BDu) >> (32 - cacheBits)] = argb;
        };
        const std::size_t count = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
        std::vector<std::uint32_t> out;
        out.reserve(count);
        while (out.size() < count) {
            const int s = read(green);
            if (s < 256) {
                const std::uint32_t r = static_cast<std::uint32_t>(read(red)), b = static_cast<std::uint32_t>(read(blue)),
                                    a = static_cast<std::uint32_t>(read(alpha));
                out.push_back(a << 24 | r << 16 | static_cast<std::uint32_t>(s) << 8 | b);
                remember(out.back());
            } else if (s < 256 + 24) {
                const std::size_t length = prefixedValue(s - 256);
                const std::size_t code = prefixedValue(read(distance));
                ++distanceCodes[code > 120 ? 0 : code];
                const std::size_t dist = distanceOf(code, width);
                if (dist > out.size()) fail("copy from before the first pixel");
                if (length > count - out.size()) fail("copy past the last pixel");
                for (std::size_t i = 0; i < length; ++i) {
                    out.push_back(out[out.size() - dist]);
                    remember(out.back());
                }
            } else {
                out.push_back(cache[static_cast<std::size_t>(s - 256 - 24)]);
            }
        }
        return out;
    }

    std::size_t prefixedValue(int prefix) {
        if (prefix < 4) return static_cast<std::size_t>(prefix) + 1;
        const int extraBits = (prefix - 2) >> 1;
        const std::size_t offset = static_cast<std::size_t>(2 + (prefix & 1)) << extraBits;
        return offset + bits(extraBits) + 1;
    }

    static std::size_t distanceOf(std::size_t code, int width) {
        if (code > 120) return code - 120;
        static const int kMap[120][2] = {
            {0, 1},  {1, 0},  {1, 1},  {-1, 1}, {0, 2},  {2, 0},  {1, 2},  {-1, 2}, {2, 1},  {-2, 1}, {2, 2},  {-2, 2},
            {0, 3},  {3, 0},  {1, 3},  {-1, 3}, {3, 1},  {-3, 1}, {2, 3},  {-2, 3}, {3, 2},  {-3, 2}, {0, 4},  {4, 0},
            {1, 4},  {-1, 4}, {4, 1},  {-4, 1}, {3, 3},  {-3, 3}, {2, 4},  {-2, 4}, {4, 2},  {-4, 2}, {0, 5},  {3, 4},
            {-3, 4}, {4, 3},  {-4, 3}, {5, 0},  {1, 5},  {-1, 5}, {5, 1},  {-5, 1}, {2, 5},  {-2, 5}, {5, 2},  {-5, 2},
            {4, 4},  {-4, 4}, {3, 5},  {-3, 5}, {5, 3},  {-5, 3}, {0, 6},  {6, 0},  {1, 6},  {-1, 6}, {6, 1},  {-6, 1},
            {2, 6},  {-2, 6}, {6, 2},  {-6, 2}, {4, 5},  {-4, 5}, {5, 4},  {-5, 4}, {3, 6},  {-3, 6}, {6, 3},  {-6, 3},
            {0, 7},  {7, 0},  {1, 7},  {-1, 7}, {5, 5},  {-5, 5}, {7, 1},  {-7, 1}, {4, 6},  {-4, 6}, {6, 4},  {-6, 4},
            {2, 7},  {-2, 7}, {7, 2},  {-7, 2}, {3, 7},  {-3, 7}, {7, 3},  {-7, 3}, {5, 6},  {-5, 6}, {6, 5},  {-6, 5},
            {8, 0},  {4, 7},  {-4, 7}, {7, 4},  {-7, 4}, {8, 1},  {8, 2},  {6, 6},  {-6, 6}, {8, 3},  {5, 7},  {-5, 7},
            {7, 5},  {-7, 5}, {8, 4},  {6, 7},  {-6, 7}, {7, 6},  {-7, 6}, {8, 5},  {7, 7},  {-7, 7}, {8, 6},  {8, 7},
        };
        const long dist = kMap[code - 1][0] + static_cast<long>(kMap[code - 1][1]) * width;
        return dist < 1 ? 1 : static_cast<std::size_t>(dist);
    }

    // One prefix code's description (RFC 9649, 6.2.1).
    PrefixCode readCode(int alphabet) {
        std::vector<int> lengths(static_cast<std::size_t>(alphabet), 0);
        if (bits(1)) {  // simple code
            const int count = static_cast<int>(bits(1)) + 1;
            const int firstBits = bits(1) ? 8 : 1;
            const int first = static_cast<int>(bits(firstBits));
            if (first >= alphabet) fail("simple code symbol out of the alphabet");
            lengths[static_cast<std::size_t>(first)] = 1;
            if (count == 2) {
                const int second = static_cast<int>(bits(8));
                if (second >= alphabet) fail("simple code symbol out of the alphabet");
                lengths[static_cast<std::size_t>(second)] = 1;
            }
            return build(lengths);
        }
        static const int kOrder[19] = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
        std::vector<int> lengthLengths(19, 0);
        const int stored = static_cast<int>(bits(4)) + 4;
        for (int i = 0; i < stored; ++i) lengthLengths[static_cast<std::size_t>(kOrder[i])] = static_cast<int>(bits(3));
        const PrefixCode lengthCode = build(lengthLengths);
        int maxSymbol = alphabet;  // how many code-length symbols to read at most
        if (bits(1)) {
            const int lengthBits = 2 + 2 * static_cast<int>(bits(3));
            maxSymbol = 2 + static_cast<int>(bits(lengthBits));
            if (maxSymbol > alphabet) fail("max_symbol beyond the alphabet");
        }
        int previous = 8;  // the last non-zero length, for symbol 16
        for (int i = 0; i < alphabet && maxSymbol-- > 0;) {
            const int symbol = read(lengthCode);
            if (symbol < 16) {
                lengths[static_cast<std::size_t>(i++)] = symbol;
                if (symbol) previous = symbol;
                continue;
            }
            const int repeat = symbol == 16 ? 3 + static_cast<int>(bits(2))
                               : symbol == 17 ? 3 + static_cast<int>(bits(3))
                                              : 11 + static_cast<int>(bits(7));
            if (i + repeat > alphabet) fail("code lengths run past the alphabet");
            for (int r = 0; r < repeat; ++r) lengths[static_cast<std::size_t>(i++)] = symbol == 16 ? previous : 0;
        }
        return build(lengths);
    }

    static PrefixCode build(const std::vector<int>& lengths) {
        PrefixCode code;
        int used = 0;
        for (std::size_t s = 0; s < lengths.size(); ++s)
            if (lengths[s] > 0) {
                ++code.perLength[static_cast<std::size_t>(lengths[s])];
                code.onlySymbol = static_cast<int>(s);
                ++used;
            }
        if (used == 0) fail("a prefix code with no symbol");
        if (used == 1) return code;
        code.onlySymbol = -1;
        long room = 1;  // codes left at the current length
        for (int n = 1; n < 16; ++n) {
            room = room * 2 - code.perLength[static_cast<std::size_t>(n)];
            if (room < 0) fail("over-subscribed prefix code");
        }
        if (room != 0) fail("incomplete prefix code");
        for (int n = 1; n < 16; ++n)
            for (std::size_t s = 0; s < lengths.size(); ++s)
                if (lengths[s] == n) code.symbols.push_back(static_cast<int>(s));
        return code;
    }

    int read(const PrefixCode& code) {
        if (code.onlySymbol >= 0) return code.onlySymbol;
        int value = 0, first = 0, index = 0;  // first: the first code of the current length
        for (int n = 1; n < 16; ++n) {
            value |= static_cast<int>(bits(1));
            const int count = code.perLength[static_cast<std::size_t>(n)];
            if (value - first < count) return code.symbols[static_cast<std::size_t>(index + value - first)];
            index += count;
            first = (first + count) << 1;
            value <<= 1;
        }
        fail("no symbol for the bits read");
        return 0;
    }

    const std::vector<std::uint8_t>& data_;
    std::size_t at_;   // in bits
    std::size_t end_;  // in bits
};

}  // namespace adhoc::test
