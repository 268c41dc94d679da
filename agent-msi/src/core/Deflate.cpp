// Deflate: see Deflate.h.
#include "Deflate.h"

#include <algorithm>
#include <array>

#include "BitWriter.h"
#include "HuffmanCode.h"

namespace adhoc {

namespace {

constexpr std::size_t kWindow = 32768;
constexpr std::size_t kMinMatch = 3;
constexpr std::size_t kMaxMatch = 258;
constexpr std::uint32_t kEndOfBlock = 256;
constexpr std::size_t kLiteralSymbols = 286;
constexpr std::size_t kDistanceSymbols = 30;

// A token: a literal byte (< 256), or a match: 256 + length - 3 in the low 9 bits, the
// distance above them.
constexpr std::uint32_t matchToken(std::size_t length, std::size_t distance) {
    return static_cast<std::uint32_t>(256 + length - kMinMatch) | static_cast<std::uint32_t>(distance << 9);
}

// Match lengths 3..258 and distances 1..32768 as a symbol, extra bits and base (RFC 1951, 3.2.5).
constexpr std::array<std::uint16_t, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                                       31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                       2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<std::uint16_t, 30> kDistanceBase = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                                         33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                                         1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<std::uint8_t, 30> kDistanceExtra = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

template <std::size_t N>
int symbolFor(const std::array<std::uint16_t, N>& bases, std::size_t value) {
    return static_cast<int>(std::upper_bound(bases.begin(), bases.end(), value) - bases.begin()) - 1;
}

struct Tables {
    std::array<std::uint8_t, kMaxMatch + 1> lengthSymbol{};  // minus 257
    HuffmanCode fixedLiterals;
    HuffmanCode fixedDistances;
    Tables()
        : fixedLiterals(HuffmanCode::fromLengths(fixedLiteralLengths())),
          fixedDistances(HuffmanCode::fromLengths(std::vector<std::uint8_t>(kDistanceSymbols, 5))) {
        for (std::size_t n = kMinMatch; n <= kMaxMatch; ++n)
            lengthSymbol[n] = static_cast<std::uint8_t>(symbolFor(kLengthBase, n));
    }
    // RFC 1951, 3.2.6 (288 symbols, two of them never used).
    static std::vector<std::uint8_t> fixedLiteralLengths() {
        std::vector<std::uint8_t> lengths(288, 8);
        std::fill(lengths.begin() + 144, lengths.begin() + 256, 9);
        std::fill(lengths.begin() + 256, lengths.begin() + 280, 7);
        return lengths;
    }
};

const Tables kTables;

// The code lengths of a dynamic block's two codes, run-length coded as RFC 1951, 3.2.7 says
// (runs of zeros as symbols 17 and 18; other lengths as themselves).
struct LengthRuns {
    std::vector<std::uint8_t> symbols;
    std::vector<std::uint8_t> extras;  // the repeat count's extra bits, per symbol
    std::vector<std::uint32_t> counts = std::vector<std::uint32_t>(19, 0);

    explicit LengthRuns(const std::vector<std::uint8_t>& lengths) {
        for (std::size_t i = 0; i < lengths.size();) {
            std::size_t zeros = 0;
            while (i + zeros < lengths.size() && lengths[i + zeros] == 0 && zeros < 138) ++zeros;
            if (zeros >= 11) {
                add(18, static_cast<std::uint8_t>(zeros - 11));
            } else if (zeros >= 3) {
                add(17, static_cast<std::uint8_t>(zeros - 3));
            } else {
                add(lengths[i], 0);  // a length, or a zero too short a run to pay
                zeros = 1;
            }
            i += zeros;
        }
    }
    void add(std::uint8_t symbol, std::uint8_t extra) {
        symbols.push_back(symbol);
        extras.push_back(extra);
        ++counts[symbol];
    }
};

// The order in which a dynamic block lists the code-length code's lengths.
constexpr std::array<std::uint8_t, 19> kLengthOrder = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

std::size_t usedPrefix(const std::vector<std::uint8_t>& lengths, std::size_t minimum) {
    std::size_t n = lengths.size();
    while (n > minimum && lengths[n - 1] == 0) --n;
    return n;
}

std::vector<std::uint8_t> concatenated(const std::vector<std::uint8_t>& a, std::size_t aCount,
                                       const std::vector<std::uint8_t>& b, std::size_t bCount) {
    std::vector<std::uint8_t> all(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(aCount));
    all.insert(all.end(), b.begin(), b.begin() + static_cast<std::ptrdiff_t>(bCount));
    return all;
}

// What a dynamic block's header costs and writes: the two codes' lengths.
class DynamicHeader {
public:
    DynamicHeader(const HuffmanCode& literals, const HuffmanCode& distances)
        : literalCount_(usedPrefix(literals.lengths(), 257)),
          distanceCount_(usedPrefix(distances.lengths(), 1)),
          runs_(concatenated(literals.lengths(), literalCount_, distances.lengths(), distanceCount_)),
          lengthCode_(HuffmanCode::fromCounts(runs_.counts, 7)) {
        while (orderCount_ > 4 && lengthCode_.length(kLengthOrder[orderCount_ - 1]) == 0) --orderCount_;
    }
    std::size_t bits() const {
        std::size_t total = 5 + 5 + 4 + 3 * orderCount_;
        for (std::uint8_t symbol : runs_.symbols) total += static_cast<std::size_t>(lengthCode_.length(symbol) + extraBits(symbol));
        return total;
    }
    void write(BitWriter& bits) const {
        bits.put(static_cast<std::uint32_t>(literalCount_ - 257), 5);
        bits.put(static_cast<std::uint32_t>(distanceCount_ - 1), 5);
        bits.put(static_cast<std::uint32_t>(orderCount_ - 4), 4);
        for (std::size_t i = 0; i < orderCount_; ++i)
            bits.put(static_cast<std::uint32_t>(lengthCode_.length(kLengthOrder[i])), 3);
        for (std::size_t i = 0; i < runs_.symbols.size(); ++i) {
            bits.put(lengthCode_, runs_.symbols[i]);
            bits.put(runs_.extras[i], extraBits(runs_.symbols[i]));
        }
    }

private:
    static int extraBits(std::uint8_t symbol) { return symbol == 18 ? 7 : symbol == 17 ? 3 : 0; }

    std::size_t literalCount_;
    std::size_t distanceCount_;
    LengthRuns runs_;
    HuffmanCode lengthCode_;
    std::size_t orderCount_ = kLengthOrder.size();
};

// Bits of the tokens under these codes (the extra bits are the same under any code).
std::size_t codedBits(const HuffmanCode& literals, const HuffmanCode& distances,
                      const std::vector<std::uint32_t>& literalCounts, const std::vector<std::uint32_t>& distanceCounts) {
    std::size_t total = 0;
    for (std::size_t s = 0; s < literalCounts.size(); ++s) total += literalCounts[s] * static_cast<std::size_t>(literals.length(s));
    for (std::size_t s = 0; s < distanceCounts.size(); ++s)
        total += distanceCounts[s] * static_cast<std::size_t>(distances.length(s));
    return total;
}

void writeTokens(BitWriter& bits, const std::vector<std::uint32_t>& tokens, const HuffmanCode& literals,
                 const HuffmanCode& distances) {
    for (std::uint32_t token : tokens) {
        if (token < 256) {
            bits.put(literals, token);
            continue;
        }
        const std::size_t length = (token & 0x1FF) - 256 + kMinMatch;
        const std::size_t distance = token >> 9;
        const int ls = kTables.lengthSymbol[length];
        bits.put(literals, 257 + static_cast<std::size_t>(ls));
        bits.put(static_cast<std::uint32_t>(length - kLengthBase[ls]), kLengthExtra[ls]);
        const int ds = symbolFor(kDistanceBase, distance);
        bits.put(distances, static_cast<std::size_t>(ds));
        bits.put(static_cast<std::uint32_t>(distance - kDistanceBase[ds]), kDistanceExtra[ds]);
    }
    bits.put(literals, kEndOfBlock);
}

std::uint32_t adler32(const std::uint8_t* data, std::size_t size) {
    std::uint32_t a = 1, b = 0;
    while (size > 0) {
        const std::size_t chunk = std::min<std::size_t>(size, 5552);  // no overflow before the modulo
        for (std::size_t i = 0; i < chunk; ++i) {
            a += data[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
        data += chunk;
        size -= chunk;
    }
    return (b << 16) | a;
}

}  // namespace

void Deflate::zlib(const std::uint8_t* data, std::size_t size, std::size_t rowBytes, std::vector<std::uint8_t>& out) {
    match(data, size, rowBytes);
    const HuffmanCode literals = HuffmanCode::fromCounts(literalCounts_, 15);
    const HuffmanCode distances = HuffmanCode::fromCounts(distanceCounts_, 15);
    const DynamicHeader header(literals, distances);
    const bool dynamic = header.bits() + codedBits(literals, distances, literalCounts_, distanceCounts_) <
                         codedBits(kTables.fixedLiterals, kTables.fixedDistances, literalCounts_, distanceCounts_);
    out.push_back(0x78);  // deflate, 32 KiB window
    out.push_back(0x01);  // fastest; the header's check bits make 0x7801 a multiple of 31
    BitWriter bits(out);
    bits.put(1, 1);                // the final block
    bits.put(dynamic ? 2 : 1, 2);  // Huffman codes: dynamic or fixed
    if (dynamic) {
        header.write(bits);
        writeTokens(bits, tokens_, literals, distances);
    } else {
        writeTokens(bits, tokens_, kTables.fixedLiterals, kTables.fixedDistances);
    }
    bits.flush();
    const std::uint32_t check = adler32(data, size);
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<std::uint8_t>(check >> shift));
}

void Deflate::match(const std::uint8_t* data, std::size_t size, std::size_t rowBytes) {
    head_.assign(std::size_t{1} << kHashBits, 0);
    tokens_.clear();
    literalCounts_.assign(kLiteralSymbols, 0);
    distanceCounts_.assign(kDistanceSymbols, 0);
    literalCounts_[kEndOfBlock] = 1;
    const auto hashAt = [&](std::size_t at) -> std::uint32_t& {
        const std::uint32_t key = data[at] | (data[at + 1] << 8) | (static_cast<std::uint32_t>(data[at + 2]) << 16);
        return head_[(key * 2654435761u) >> (32 - kHashBits)];
    };
    std::size_t at = 0;
    while (at < size) {
        std::size_t length = 0, distance = 0;
        if (at + kMinMatch <= size) {
            std::uint32_t& slot = hashAt(at);
            const std::size_t candidate = slot;  // position + 1
            slot = static_cast<std::uint32_t>(at + 1);
            const std::size_t limit = std::min(kMaxMatch, size - at);
            const auto tryDistance = [&](std::size_t d) {
                if (d == 0 || d > at || d > kWindow) return;
                const std::uint8_t* from = data + at - d;
                std::size_t n = 0;
                while (n < limit && from[n] == data[at + n]) ++n;
                if (n > length) {
                    length = n;
                    distance = d;
                }
            };
            if (candidate > 0) tryDistance(at + 1 - candidate);
            if (length < limit) tryDistance(rowBytes);
        }
        if (length < kMinMatch) {
            tokens_.push_back(data[at]);
            ++literalCounts_[data[at++]];
            continue;
        }
        tokens_.push_back(matchToken(length, distance));
        ++literalCounts_[257 + static_cast<std::size_t>(kTables.lengthSymbol[length])];
        ++distanceCounts_[static_cast<std::size_t>(symbolFor(kDistanceBase, distance))];
        // Positions inside the match are found again later (the next row often repeats them).
        const std::size_t end = at + length;
        for (++at; at < end && at + kMinMatch <= size; ++at) hashAt(at) = static_cast<std::uint32_t>(at + 1);
        at = end;
    }
}

}  // namespace adhoc
