// BilevelDecoder (tests only): the decoding side of bilevel rects, written from
// docs/protocol.md as plainly as the text, to check the worker's encoder against.
#pragma once

#include <cstdint>
#include <vector>

namespace adhoc::test {

class BilevelDecoder {
public:
    BilevelDecoder() : odds_(kRowContext + 1, 0x8000), seen_(kRowContext + 1, 0) {}

    // `typicalRows`: each row starts with a bit, 0 for the row above again.
    std::vector<std::uint8_t> decodeBits(const std::vector<std::uint8_t>& data, std::size_t offset, int width, int height,
                                         bool typicalRows = true) {
        data_ = &data;
        at_ = offset;
        range_ = 0xFFFFFFFFu;
        code_ = 0;
        for (int i = 0; i < 4; ++i) code_ = (code_ << 8) | next();
        std::vector<std::uint8_t> bits(static_cast<std::size_t>(width) * height);
        auto pixel = [&](int x, int y) { return x < 0 || x >= width || y < 0 ? 0 : bits[y * width + x]; };
        for (int y = 0; y < height; ++y) {
            if (typicalRows && bit(kRowContext) == 0) {
                for (int x = 0; x < width; ++x) bits[y * width + x] = pixel(x, y - 1);
                continue;
            }
            for (int x = 0; x < width; ++x) {
                std::uint32_t context = 0;
                for (int dx = -2; dx <= 2; ++dx) context = (context << 1) | pixel(x + dx, y - 2);
                for (int dx = -3; dx <= 3; ++dx) context = (context << 1) | pixel(x + dx, y - 1);
                for (int dx = -4; dx <= -1; ++dx) context = (context << 1) | pixel(x + dx, y);
                bits[y * width + x] = bit(context);
            }
        }
        return bits;
    }

    // A bilevel rect's payload as 0xRRGGBB pixels; empty when its colour byte is wrong.
    std::vector<std::uint32_t> decodeRect(const std::vector<std::uint8_t>& payload, std::size_t offset, int width, int height) {
        if (offset >= payload.size() || payload[offset] > 3) return {};
        const std::uint8_t flags = payload[offset];
        if (flags & 1) {
            if (payload.size() < offset + 7) return {};
            for (int i = 0; i < 2; ++i) {
                const std::size_t at = offset + 1 + 3 * static_cast<std::size_t>(i);
                colours_[i] = (payload[at] << 16) | (payload[at + 1] << 8) | payload[at + 2];
            }
            offset += 7;
        } else {
            offset += 1;
        }
        std::vector<std::uint32_t> rgb;
        for (auto bit : decodeBits(payload, offset, width, height, (flags & 2) != 0)) rgb.push_back(colours_[bit]);
        return rgb;
    }

private:
    static constexpr std::uint32_t kRowContext = 1 << 16;  // the row bits' odds, after the pixels'

    std::uint8_t next() { return at_ < data_->size() ? (*data_)[at_++] : 0; }

    std::uint8_t bit(std::uint32_t context) {
        std::uint16_t& odds = odds_[context];
        const int shift = seen_[context] + 1;
        if (seen_[context] < 3) ++seen_[context];
        const std::uint32_t bound = (range_ >> 16) * odds;
        std::uint8_t result;
        if (code_ < bound) {
            range_ = bound;
            odds = static_cast<std::uint16_t>(odds + ((0x10000 - odds) >> shift));
            result = 0;
        } else {
            code_ -= bound;
            range_ -= bound;
            odds = static_cast<std::uint16_t>(odds - (odds >> shift));
            result = 1;
        }
        while (range_ < (1u << 24)) {
            range_ <<= 8;
            code_ = (code_ << 8) | next();
        }
        return result;
    }

    std::vector<std::uint16_t> odds_;
    std::vector<std::uint8_t> seen_;
    const std::vector<std::uint8_t>* data_ = nullptr;
    std::size_t at_ = 0;
    std::uint32_t range_ = 0;
    std::uint32_t code_ = 0;
    std::uint32_t colours_[2] = {0, 0};
};

}  // namespace adhoc::test
