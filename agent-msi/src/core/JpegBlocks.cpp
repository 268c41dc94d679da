// JpegBlocks: see JpegBlocks.h.
#include "JpegBlocks.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace adhoc {

namespace {

// Eight floats, one per column (or row) of a block, transformed together (GCC's vector
// extension: SSE on x86-64). Aligned as two SSE registers, as Windows aligns the stack.
typedef float Lanes __attribute__((vector_size(32), aligned(16)));
typedef std::int32_t IntLanes __attribute__((vector_size(32), aligned(16)));
typedef std::int16_t ShortLanes __attribute__((vector_size(16)));
using Block = Lanes[8];

// ITU T.81 Annex K, tables K.1 and K.2, in natural (row by row) order.
constexpr std::uint8_t kLuminance[64] = {
    16, 11, 10, 16, 24,  40,  51,  61,  12, 12, 14, 19, 26,  58,  60,  55,
    14, 13, 16, 24, 40,  57,  69,  56,  14, 17, 22, 29, 51,  87,  80,  62,
    18, 22, 37, 56, 68,  109, 103, 77,  24, 35, 55, 64, 81,  104, 113, 92,
    49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
constexpr std::uint8_t kChrominance[64] = {
    17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99,
    99, 99, 47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};

// The place in a block (column by column) of each zig-zag place: anti-diagonals, walked up
// and down in turn.
std::array<std::uint8_t, 64> zigzagOrder() {
    std::array<std::uint8_t, 64> order{};
    std::size_t next = 0;
    for (int diagonal = 0; diagonal < 15; ++diagonal) {
        const int low = std::max(0, diagonal - 7), high = std::min(diagonal, 7);
        for (int i = 0; i <= high - low; ++i) {
            const int row = diagonal % 2 == 0 ? high - i : low + i;
            order[next++] = static_cast<std::uint8_t>((diagonal - row) * 8 + row);
        }
    }
    return order;
}

constexpr double kPi = 3.14159265358979323846;

// One dimension of the scaled DCT of Arai, Agui and Nakajima: out[k] is the DCT's k-th
// coefficient times a factor of k's, which the quantiser divides out (setQuality).
void transform8(Block& d) {
    const Lanes t0 = d[0] + d[7], t7 = d[0] - d[7];
    const Lanes t1 = d[1] + d[6], t6 = d[1] - d[6];
    const Lanes t2 = d[2] + d[5], t5 = d[2] - d[5];
    const Lanes t3 = d[3] + d[4], t4 = d[3] - d[4];

    const Lanes e0 = t0 + t3, e3 = t0 - t3, e1 = t1 + t2, e2 = t1 - t2;
    d[0] = e0 + e1;
    d[4] = e0 - e1;
    const Lanes z1 = (e2 + e3) * 0.707106781f;
    d[2] = e3 + z1;
    d[6] = e3 - z1;

    const Lanes o0 = t4 + t5, o1 = t5 + t6, o2 = t6 + t7;
    const Lanes z5 = (o0 - o2) * 0.382683433f;
    const Lanes z2 = o0 * 0.541196100f + z5;
    const Lanes z4 = o2 * 1.306562965f + z5;
    const Lanes z3 = o1 * 0.707106781f;
    const Lanes z11 = t7 + z3, z13 = t7 - z3;
    d[5] = z13 + z2;
    d[3] = z13 - z2;
    d[1] = z11 + z4;
    d[7] = z11 - z4;
}

// In three rounds of shuffles, pairs of lanes, then pairs of pairs, then halves.
void transpose(Block& b) {
    Block t;
    for (int i = 0; i < 8; i += 2) {
        t[i] = __builtin_shufflevector(b[i], b[i + 1], 0, 8, 1, 9, 4, 12, 5, 13);
        t[i + 1] = __builtin_shufflevector(b[i], b[i + 1], 2, 10, 3, 11, 6, 14, 7, 15);
    }
    for (int i : {0, 4})
        for (int j : {0, 1}) {
            b[i + 2 * j] = __builtin_shufflevector(t[i + j], t[i + j + 2], 0, 1, 8, 9, 4, 5, 12, 13);
            b[i + 2 * j + 1] = __builtin_shufflevector(t[i + j], t[i + j + 2], 2, 3, 10, 11, 6, 7, 14, 15);
        }
    for (int i = 0; i < 4; ++i) {
        t[i] = __builtin_shufflevector(b[i], b[i + 4], 0, 1, 2, 3, 8, 9, 10, 11);
        t[i + 4] = __builtin_shufflevector(b[i], b[i + 4], 4, 5, 6, 7, 12, 13, 14, 15);
    }
    std::memcpy(&b, &t, sizeof t);
}

// Transforms a block held row by row (b[y][x]) along its columns, then along its rows: after
// it, b[v][u] holds the coefficient of vertical frequency u and horizontal frequency v.
void transform(Block& b) {
    transform8(b);
    transpose(b);
    transform8(b);
}

// Divides by the quantiser and rounds half away from zero: adds a half with the value's sign
// (the sign bit copied: a branch would be mispredicted as often as a photo's noise changes
// sign), then truncates.
void quantize(const Block& b, const std::array<float, 64>& reciprocals, std::int16_t* out) {
    for (std::size_t v = 0; v < 8; ++v) {
        Lanes reciprocal;
        std::memcpy(&reciprocal, &reciprocals[v * 8], sizeof reciprocal);
        const Lanes x = b[v] * reciprocal;
        IntLanes bits;
        std::memcpy(&bits, &x, sizeof bits);
        bits = (bits & INT32_MIN) | 0x3F000000;  // 0x3F000000 is 0.5f
        Lanes half;
        std::memcpy(&half, &bits, sizeof half);
        const IntLanes rounded = __builtin_convertvector(x + half, IntLanes);
        const ShortLanes column = __builtin_convertvector(rounded, ShortLanes);
        std::memcpy(out + v * 8, &column, sizeof column);
    }
}

}  // namespace

const std::array<std::uint8_t, 64> JpegBlocks::kZigzagOrder = zigzagOrder();

void JpegBlocks::setQuality(int quality) {
    quality = std::clamp(quality, 1, 100);
    if (quality == quality_) return;
    quality_ = quality;
    const int scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
    const std::uint8_t* standard[2] = {kLuminance, kChrominance};
    // The AAN transform's scale for frequency k is cos(k pi / 16) x sqrt(2) (1 for k = 0), and 8 over both.
    float aan[8];
    for (int k = 0; k < 8; ++k) aan[k] = k == 0 ? 1.0f : static_cast<float>(std::cos(k * kPi / 16) * std::sqrt(2.0));
    for (std::size_t t = 0; t < 2; ++t)
        for (std::size_t place = 0; place < 64; ++place) {
            const std::size_t natural = kZigzagOrder[place] % 8 * 8 + kZigzagOrder[place] / 8;
            const int q = std::clamp((standard[t][natural] * scale + 50) / 100, 1, 255);
            tables_[t][place] = static_cast<std::uint8_t>(q);
            const std::size_t u = natural / 8, v = natural % 8;
            reciprocals_[t][v * 8 + u] = 1.0f / (static_cast<float>(q) * aan[u] * aan[v] * 8.0f);
        }
}

void JpegBlocks::load(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    const int across = (width + 7) / 8, down = (height + 7) / 8;
    coefficients_.resize(static_cast<std::size_t>(across) * static_cast<std::size_t>(down) * kComponents * 64);
    std::int16_t* out = coefficients_.data();
    for (int by = 0; by < down; ++by)
        for (int bx = 0; bx < across; ++bx) {
            Block y, cb, cr;
            const bool inside = bx * 8 + 8 <= width;
            for (int row = 0; row < 8; ++row) {
                const std::uint8_t* line = pixels + static_cast<std::size_t>(std::min(by * 8 + row, height - 1)) * stride;
                IntLanes p;  // 8 BGRx pixels, blue in the lowest byte
                if (inside) std::memcpy(&p, line + static_cast<std::size_t>(bx) * 32, sizeof p);
                else
                    for (int column = 0; column < 8; ++column)
                        std::memcpy(reinterpret_cast<std::uint8_t*>(&p) + column * 4,
                                    line + static_cast<std::size_t>(std::min(bx * 8 + column, width - 1)) * 4, 4);
                const Lanes b = __builtin_convertvector(p & 0xFF, Lanes);
                const Lanes g = __builtin_convertvector(p >> 8 & 0xFF, Lanes);
                const Lanes r = __builtin_convertvector(p >> 16 & 0xFF, Lanes);
                // JFIF's YCbCr, Y shifted to be centred on 0 as Cb and Cr are.
                y[row] = r * 0.299f + g * 0.587f + b * 0.114f - 128.0f;
                cb[row] = r * -0.168736f + g * -0.331264f + b * 0.5f;
                cr[row] = r * 0.5f + g * -0.418688f + b * -0.081312f;
            }
            transform(y);
            transform(cb);
            transform(cr);
            quantize(y, reciprocals_[0], out);
            quantize(cb, reciprocals_[1], out + 64);
            quantize(cr, reciprocals_[1], out + 128);
            out += 192;
        }
}

}  // namespace adhoc
