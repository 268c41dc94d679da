// BilevelCoder: see BilevelCoder.h.
#include "BilevelCoder.h"

#include <algorithm>

namespace adhoc {

namespace {

// The range coder LZMA made common: 32-bit range, carries resolved through a cached byte.
class RangeEncoder {
public:
    explicit RangeEncoder(std::vector<std::uint8_t>& out) : out_(out), start_(out.size()) {}

    void encode(std::uint16_t oddsOfZero, int bit) {
        const std::uint32_t bound = (range_ >> 16) * oddsOfZero;
        if (bit == 0) {
            range_ = bound;
        } else {
            low_ += bound;
            range_ -= bound;
        }
        while (range_ < (1u << 24)) {
            range_ <<= 8;
            shiftLow();
        }
    }

    // Ends on the value in [low, low + range) with the most trailing zero bits, then drops
    // the zero bytes the decoder supplies by itself: the leading one and the trailing ones.
    void finish() {
        for (int zeros = 32; zeros > 0; --zeros) {
            const std::uint64_t mask = (std::uint64_t{1} << zeros) - 1;
            const std::uint64_t value = (low_ + mask) & ~mask;
            if (value - low_ < range_) {
                low_ = value;
                break;
            }
        }
        for (int i = 0; i < 5; ++i) shiftLow();
        out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(start_));  // the coded value is below 1.0
        while (out_.size() > start_ && out_.back() == 0) out_.pop_back();
    }

private:
    void shiftLow() {
        if (low_ < 0xFF000000u || low_ > 0xFFFFFFFFu) {
            const auto carry = static_cast<std::uint8_t>(low_ >> 32);
            std::uint8_t byte = cache_;
            for (; pending_ > 0; --pending_) {
                out_.push_back(static_cast<std::uint8_t>(byte + carry));
                byte = 0xFF;
            }
            cache_ = static_cast<std::uint8_t>(low_ >> 24);
        }
        ++pending_;
        low_ = (low_ & 0x00FFFFFFu) << 8;
    }

    std::vector<std::uint8_t>& out_;
    std::size_t start_;
    std::uint64_t low_ = 0;
    std::uint32_t range_ = 0xFFFFFFFFu;
    std::uint8_t cache_ = 0;
    std::uint32_t pending_ = 1;
};

}  // namespace

BilevelCoder::BilevelCoder() { reset(); }

void BilevelCoder::reset() {
    odds_.assign(kContexts + 1, 0x8000);
    seen_.assign(kContexts + 1, 0);
}

template <typename Coder>
void BilevelCoder::code(Coder& coder, std::uint32_t context, int bit) {
    std::uint16_t& odds = odds_[context];
    std::uint8_t& seen = seen_[context];
    coder.encode(odds, bit);
    const int shift = seen + 1;
    if (seen < 3) ++seen;
    if (bit == 0) {
        odds = static_cast<std::uint16_t>(odds + ((0x10000 - odds) >> shift));
    } else {
        odds = static_cast<std::uint16_t>(odds - (odds >> shift));
    }
}

void BilevelCoder::encode(const std::uint8_t* bits, int width, int height, std::vector<std::uint8_t>& out) {
    RangeEncoder coder(out);
    // Rows two and one above, with 4 zero pixels after the end so the template never bounds-checks.
    const auto padded = static_cast<std::size_t>(width) + 4;
    std::vector<std::uint8_t> above2(padded, 0);
    std::vector<std::uint8_t> above1(padded, 0);
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = bits + static_cast<std::size_t>(y) * static_cast<std::size_t>(width);
        // 0: the row above again (zeros above the first row), and nothing more is coded for it.
        const bool repeated = std::equal(row, row + width, above1.begin());
        code(coder, kRowContext, repeated ? 0 : 1);
        if (!repeated) {
            // The template at pixel x: row y-2 at x-2..x+2, row y-1 at x-3..x+3, row y at x-4..x-1.
            std::uint32_t up2 = (above2[0] << 2) | (above2[1] << 1) | above2[2];
            std::uint32_t up1 = (above1[0] << 3) | (above1[1] << 2) | (above1[2] << 1) | above1[3];
            std::uint32_t left = 0;
            for (int x = 0; x < width; ++x) {
                const int bit = row[x];
                code(coder, (up2 << 11) | (up1 << 4) | left, bit);
                up2 = ((up2 << 1) | above2[static_cast<std::size_t>(x) + 3]) & 0x1F;
                up1 = ((up1 << 1) | above1[static_cast<std::size_t>(x) + 4]) & 0x7F;
                left = ((left << 1) | static_cast<std::uint32_t>(bit)) & 0xF;
            }
        }
        std::swap(above2, above1);
        std::copy(row, row + width, above1.begin());
    }
    coder.finish();
}

}  // namespace adhoc
