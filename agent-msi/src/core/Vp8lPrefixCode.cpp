// Vp8lPrefixCode: see Vp8lPrefixCode.h.
#include "Vp8lPrefixCode.h"

#include <array>

namespace adhoc {

namespace {

constexpr int kMaxCodeLength = 15;
constexpr int kMaxLengthCodeLength = 7;  // the code-length code's lengths take three bits
constexpr std::uint32_t kRepeatPrevious = 16;  // the last length again 3..6 times (2 extra bits)
constexpr std::uint32_t kFewZeros = 17;        // 3..10 zeros (3 extra bits)
constexpr std::uint32_t kManyZeros = 18;       // 11..138 zeros (7 extra bits)

// The order in which the code-length code's own lengths are stored.
constexpr std::array<std::uint8_t, 19> kLengthCodeOrder = {17, 18, 0, 1, 2, 3, 4, 5, 16, 6,
                                                           7,  8,  9, 10, 11, 12, 13, 14, 15};

int extraBitsOf(std::uint32_t symbol) {
    return symbol == kRepeatPrevious ? 2 : symbol == kFewZeros ? 3 : symbol == kManyZeros ? 7 : 0;
}

// Code lengths as code-length symbols with their extra bits: runs of zeros and repeats of
// the length just written shortened.
struct LengthRuns {
    std::vector<std::uint8_t> symbols;
    std::vector<std::uint8_t> extras;
    std::vector<std::uint32_t> counts = std::vector<std::uint32_t>(19, 0);

    explicit LengthRuns(const std::vector<std::uint8_t>& lengths) {
        for (std::size_t i = 0; i < lengths.size();) {
            const std::uint8_t length = lengths[i];
            std::size_t run = 1;
            while (i + run < lengths.size() && lengths[i + run] == length) ++run;
            i += run;
            if (length == 0) {
                for (; run >= 11; run -= std::min<std::size_t>(run, 138)) add(kManyZeros, std::min<std::size_t>(run, 138) - 11);
                if (run >= 3) {
                    add(kFewZeros, run - 3);
                    run = 0;
                }
                for (; run > 0; --run) add(0, 0);
                continue;
            }
            add(length, 0);
            for (--run; run >= 3; run -= std::min<std::size_t>(run, 6)) add(kRepeatPrevious, std::min<std::size_t>(run, 6) - 3);
            for (; run > 0; --run) add(length, 0);
        }
    }
    void add(std::uint32_t symbol, std::size_t extra) {
        symbols.push_back(static_cast<std::uint8_t>(symbol));
        extras.push_back(static_cast<std::uint8_t>(extra));
        ++counts[symbol];
    }
};

}  // namespace

Vp8lPrefixCode::Vp8lPrefixCode(const std::vector<std::uint32_t>& counts) {
    std::vector<std::uint32_t> used;
    for (std::size_t s = 0; s < counts.size() && used.size() <= 2; ++s)
        if (counts[s] > 0) used.push_back(static_cast<std::uint32_t>(s));
    if (used.size() <= 2 && (used.empty() || used.back() < 256)) {
        // No symbol at all (no copies, say) is written as the one symbol 0, never used.
        simpleSymbols_ = used.empty() ? std::vector<std::uint32_t>{0} : used;
        std::vector<std::uint8_t> lengths(counts.size(), 0);
        if (used.size() == 2)
            for (std::uint32_t s : used) lengths[s] = 1;
        code_ = HuffmanCode::fromLengths(std::move(lengths));
        return;
    }
    code_ = HuffmanCode::fromCounts(counts, kMaxCodeLength);
}

void Vp8lPrefixCode::describe(BitWriter& bits) const {
    bits.put(simpleSymbols_.empty() ? 0 : 1, 1);
    if (simpleSymbols_.empty()) {
        describeLengths(bits);
        return;
    }
    bits.put(static_cast<std::uint32_t>(simpleSymbols_.size() - 1), 1);
    const std::uint32_t first = simpleSymbols_[0];
    const bool firstNeedsEightBits = first > 1;
    bits.put(firstNeedsEightBits ? 1 : 0, 1);
    bits.put(first, firstNeedsEightBits ? 8 : 1);
    if (simpleSymbols_.size() == 2) bits.put(simpleSymbols_[1], 8);
}

void Vp8lPrefixCode::describeLengths(BitWriter& bits) const {
    const LengthRuns runs(code_.lengths());
    const HuffmanCode lengthCode = HuffmanCode::fromCounts(runs.counts, kMaxLengthCodeLength);
    std::size_t stored = kLengthCodeOrder.size();
    while (stored > 4 && lengthCode.length(kLengthCodeOrder[stored - 1]) == 0) --stored;
    bits.put(static_cast<std::uint32_t>(stored - 4), 4);
    for (std::size_t i = 0; i < stored; ++i) bits.put(static_cast<std::uint32_t>(lengthCode.length(kLengthCodeOrder[i])), 3);
    bits.put(0, 1);  // no max_symbol: lengths for the whole alphabet follow
    for (std::size_t i = 0; i < runs.symbols.size(); ++i) {
        bits.put(lengthCode, runs.symbols[i]);
        bits.put(runs.extras[i], extraBitsOf(runs.symbols[i]));
    }
}

}  // namespace adhoc
