// WebpWriter: see WebpWriter.h.
#include "WebpWriter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "BitWriter.h"
#include "ColorTable.h"
#include "Vp8lPrefixCode.h"

namespace adhoc {

namespace {

// 1,024 recent colours: within half a percent of the best of 128 to 2,048 on screens of
// text, large and small.
constexpr int kCacheBits = 10;
constexpr std::size_t kCacheSize = std::size_t{1} << kCacheBits;
constexpr std::size_t kLengthPrefixes = 24;
constexpr std::size_t kDistancePrefixes = 40;
constexpr std::uint32_t kSubtractGreen = 2;  // transform types
constexpr std::uint32_t kColourIndexing = 3;

std::uint32_t cacheIndexOf(std::uint32_t argb) { return (argb * 0x1E35A7BDu) >> (32 - kCacheBits); }

// A copy's length or distance code as the format stores it (RFC 9649, 5.2.2): a prefix
// symbol and raw extra bits.
struct Prefixed {
    std::uint32_t symbol;
    int extraBits;
    std::uint32_t extra;
};

Prefixed prefixed(std::uint32_t value) {
    if (value <= 4) return {value - 1, 0, 0};
    const std::uint32_t v = value - 1;
    const int top = 31 - __builtin_clz(v);  // the highest bit set
    const int extraBits = top - 1;
    return {static_cast<std::uint32_t>(2 * top) + ((v >> extraBits) & 1), extraBits, v & ((1u << extraBits) - 1)};
}

// Distance codes 1..120 name the pixels near the current one as (columns left, rows up);
// this is the spec's table, in code order.
constexpr std::array<std::array<std::int8_t, 2>, 120> kNeighbourhood = {{
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
}};

// The table inverted: the code of (columns left + 7, rows up), 0 where there is none.
struct NeighbourCodes {
    std::array<std::array<std::uint8_t, 16>, 8> code{};
    NeighbourCodes() {
        for (std::size_t i = 0; i < kNeighbourhood.size(); ++i)
            code[static_cast<std::size_t>(kNeighbourhood[i][1])][static_cast<std::size_t>(kNeighbourhood[i][0] + 7)] =
                static_cast<std::uint8_t>(i + 1);
    }
    std::uint32_t at(long left, long up) const {
        if (left < -7 || left > 8 || up < 0 || up > 7) return 0;
        return code[static_cast<std::size_t>(up)][static_cast<std::size_t>(left + 7)];
    }
};

const NeighbourCodes kNeighbourCodes;

// The distance code of a copy `distance` pixels back in an image `width` wide: a
// neighbourhood code when one lands there (the decoder computes left + up * width), else
// the distance plus 120. Of two neighbourhood codes the smaller is the cheaper.
std::uint32_t distanceCode(std::uint32_t distance, std::uint32_t width) {
    const long up = distance / width, left = distance % width;
    const std::uint32_t sameRowOrLeft = kNeighbourCodes.at(left, up);
    const std::uint32_t right = kNeighbourCodes.at(left - static_cast<long>(width), up + 1);
    if (sameRowOrLeft && right) return std::min(sameRowOrLeft, right);
    if (sameRowOrLeft || right) return sameRowOrLeft | right;
    return distance + 120;
}

// Bits to code these counts with an ideal code of their own.
double entropyBits(const std::array<std::uint32_t, 256>& counts) {
    double total = 0, sum = 0;
    for (std::uint32_t c : counts) total += c;
    for (std::uint32_t c : counts)
        if (c > 0) sum += c * std::log2(total / c);
    return sum;
}

void putLittleEndian(std::vector<std::uint8_t>& out, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value >> (8 * i));
}

}  // namespace

void WebpWriter::screen(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                        std::vector<std::uint8_t>& out) {
    load(pixels, stride, width, height);
    const int codedWidth = toPalette() ? packIndices(width, height) : width;
    matcher_.match(argb_.data(), argb_.size(), static_cast<std::size_t>(codedWidth), tokens_);
    subtractGreen_ = palette_.empty() && subtractGreenPays();
    if (subtractGreen_) subtractGreen();  // the copies stay as they are: equal pixels stay equal
    prepareTokens(codedWidth);
    static const char kHeader[] = "RIFF\0\0\0\0WEBPVP8L\0\0\0\0";
    out.assign(kHeader, kHeader + 20);  // the two sizes are filled in below
    BitWriter bits(out);
    writeBitstream(bits, width, height);
    bits.flush();
    const std::size_t chunkSize = out.size() - 20;
    if (chunkSize % 2) out.push_back(0);  // RIFF chunks take an even number of bytes
    putLittleEndian(out, 4, static_cast<std::uint32_t>(out.size() - 8));
    putLittleEndian(out, 16, static_cast<std::uint32_t>(chunkSize));
}

void WebpWriter::load(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    argb_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    std::uint32_t* out = argb_.data();
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x, in += 4) *out++ = 0xFF000000u | in[2] << 16 | in[1] << 8 | in[0];
    }
}

bool WebpWriter::toPalette() {
    palette_.clear();
    ColorTable table(static_cast<int>(kMaxPaletteColors));
    indices_.resize(argb_.size());
    std::uint32_t previous = 0;  // every pixel is opaque: 0 is no colour
    int index = 0;
    for (std::size_t i = 0; i < argb_.size(); ++i) {
        if (argb_[i] != previous) {
            previous = argb_[i];
            index = table.indexOf(previous & 0xFFFFFFu);
            if (index < 0) return false;
        }
        indices_[i] = static_cast<std::uint8_t>(index);
    }
    // Ascending colours make the palette's differences small; renumber the pixels to match.
    const std::vector<std::uint32_t>& firstSeen = table.colors();
    std::vector<std::uint8_t> order(firstSeen.size());
    std::iota(order.begin(), order.end(), std::uint8_t{0});
    std::sort(order.begin(), order.end(), [&](std::uint8_t a, std::uint8_t b) { return firstSeen[a] < firstSeen[b]; });
    std::array<std::uint8_t, kMaxPaletteColors> rank{};
    palette_.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        palette_[i] = 0xFF000000u | firstSeen[order[i]];
        rank[order[i]] = static_cast<std::uint8_t>(i);
    }
    for (std::uint8_t& pixel : indices_) pixel = rank[pixel];
    return true;
}

int WebpWriter::packIndices(int width, int height) {
    const std::size_t colours = palette_.size();
    const int widthBits = colours <= 2 ? 3 : colours <= 4 ? 2 : colours <= 16 ? 1 : 0;  // pixels per packed one: 1 << it
    const int indexBits = 8 >> widthBits;
    const int packedWidth = (width + (1 << widthBits) - 1) >> widthBits;
    argb_.assign(static_cast<std::size_t>(packedWidth) * static_cast<std::size_t>(height), 0xFF000000u);
    const std::uint8_t* in = indices_.data();
    for (int y = 0; y < height; ++y) {
        std::uint32_t* row = argb_.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(packedWidth);
        for (int x = 0; x < width; ++x, ++in)
            row[x >> widthBits] |= static_cast<std::uint32_t>(*in) << (8 + (x & ((1 << widthBits) - 1)) * indexBits);
    }
    return packedWidth;
}

bool WebpWriter::subtractGreenPays() const {
    std::array<std::uint32_t, 256> red{}, blue{}, redLessGreen{}, blueLessGreen{};
    for (const PixelToken& token : tokens_) {
        if (token.kind() != PixelToken::Literal) continue;
        const std::uint32_t argb = token.argb(), green = argb >> 8;
        ++red[(argb >> 16) & 0xFF];
        ++blue[argb & 0xFF];
        ++redLessGreen[((argb >> 16) - green) & 0xFF];
        ++blueLessGreen[(argb - green) & 0xFF];
    }
    return entropyBits(redLessGreen) + entropyBits(blueLessGreen) < entropyBits(red) + entropyBits(blue);
}

void WebpWriter::subtractGreen() {
    for (std::uint32_t& argb : argb_) {
        const std::uint32_t green = argb >> 8;
        argb = (argb & 0xFF00FF00u) | (((argb >> 16) - green) & 0xFF) << 16 | ((argb - green) & 0xFF);
    }
}

void WebpWriter::prepareTokens(int width) {
    cache_.assign(kCacheSize, 0);
    greenCounts_.assign(256 + kLengthPrefixes + kCacheSize, 0);
    redCounts_.assign(256, 0);
    blueCounts_.assign(256, 0);
    alphaCounts_.assign(256, 0);
    distanceCounts_.assign(kDistancePrefixes, 0);
    std::size_t at = 0;  // the first pixel of the token
    for (PixelToken& token : tokens_) {
        if (token.kind() == PixelToken::Copy) {
            // The decoder puts each copied pixel in the cache; one equal to the pixel before is there already.
            for (std::size_t i = at; i < at + token.length(); ++i)
                if (i == 0 || argb_[i] != argb_[i - 1]) cache_[cacheIndexOf(argb_[i])] = argb_[i];
            ++greenCounts_[256 + prefixed(token.length()).symbol];
            token.setDistance(distanceCode(token.distance(), static_cast<std::uint32_t>(width)));
            ++distanceCounts_[prefixed(token.distance()).symbol];
            at += token.length();
            continue;
        }
        const std::uint32_t argb = argb_[at++];  // green subtracted, if it is
        const std::uint32_t index = cacheIndexOf(argb);
        if (cache_[index] == argb) {
            token = PixelToken::cached(index);
            ++greenCounts_[256 + kLengthPrefixes + index];
            continue;
        }
        cache_[index] = argb;
        token = PixelToken::literal(argb);
        ++greenCounts_[(argb >> 8) & 0xFF];
        ++redCounts_[(argb >> 16) & 0xFF];
        ++blueCounts_[argb & 0xFF];
        ++alphaCounts_[argb >> 24];
    }
}

void WebpWriter::writePalette(BitWriter& bits) const {
    std::vector<std::uint32_t> deltas(palette_.size());
    std::vector<std::uint32_t> green(256 + kLengthPrefixes, 0), red(256, 0), blue(256, 0), alpha(256, 0),
        distance(kDistancePrefixes, 0);
    for (std::size_t i = 0; i < palette_.size(); ++i) {
        const std::uint32_t from = i ? palette_[i - 1] : 0, to = palette_[i];
        std::uint32_t delta = 0;
        for (int shift = 0; shift < 32; shift += 8)
            delta |= (((to >> shift) - (from >> shift)) & 0xFF) << shift;  // each channel, modulo 256
        deltas[i] = delta;
        ++green[(delta >> 8) & 0xFF];
        ++red[(delta >> 16) & 0xFF];
        ++blue[delta & 0xFF];
        ++alpha[delta >> 24];
    }
    bits.put(0, 1);  // no colour cache
    const Vp8lPrefixCode greenCode(green), redCode(red), blueCode(blue), alphaCode(alpha), noCopies(distance);
    for (const Vp8lPrefixCode* code : {&greenCode, &redCode, &blueCode, &alphaCode, &noCopies}) code->describe(bits);
    for (std::uint32_t delta : deltas) {
        greenCode.put(bits, (delta >> 8) & 0xFF);
        redCode.put(bits, (delta >> 16) & 0xFF);
        blueCode.put(bits, delta & 0xFF);
        alphaCode.put(bits, delta >> 24);
    }
}

void WebpWriter::writeBitstream(BitWriter& bits, int width, int height) const {
    bits.put(0x2F, 8);  // the VP8L signature
    bits.put(static_cast<std::uint32_t>(width - 1), 14);
    bits.put(static_cast<std::uint32_t>(height - 1), 14);
    bits.put(0, 1);  // alpha_is_used: every pixel is opaque
    bits.put(0, 3);  // version
    if (subtractGreen_) {
        bits.put(1, 1);  // a transform:
        bits.put(kSubtractGreen, 2);
    }
    if (!palette_.empty()) {
        bits.put(1, 1);
        bits.put(kColourIndexing, 2);
        bits.put(static_cast<std::uint32_t>(palette_.size() - 1), 8);
        writePalette(bits);
    }
    bits.put(0, 1);  // no more transforms
    bits.put(1, 1);  // a colour cache
    bits.put(kCacheBits, 4);
    bits.put(0, 1);  // one prefix code group for the whole image
    const Vp8lPrefixCode green(greenCounts_), red(redCounts_), blue(blueCounts_), alpha(alphaCounts_),
        distance(distanceCounts_);
    for (const Vp8lPrefixCode* code : {&green, &red, &blue, &alpha, &distance}) code->describe(bits);
    for (const PixelToken& token : tokens_) {
        switch (token.kind()) {
        case PixelToken::Literal:
            green.put(bits, (token.argb() >> 8) & 0xFF);
            red.put(bits, (token.argb() >> 16) & 0xFF);
            blue.put(bits, token.argb() & 0xFF);
            alpha.put(bits, token.argb() >> 24);
            break;
        case PixelToken::Cached:
            green.put(bits, 256 + kLengthPrefixes + token.cacheIndex());
            break;
        case PixelToken::Copy: {
            const Prefixed length = prefixed(token.length());
            green.put(bits, 256 + length.symbol);
            bits.put(length.extra, length.extraBits);
            const Prefixed code = prefixed(token.distance());
            distance.put(bits, code.symbol);
            bits.put(code.extra, code.extraBits);
            break;
        }
        }
    }
}

}  // namespace adhoc
