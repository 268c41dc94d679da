// JpegWriter: see JpegWriter.h.
#include "JpegWriter.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "HuffmanCode.h"

namespace adhoc {

namespace {

// The four tables' places in counts_ and codes_ (DC ones are also their DHT ids).
constexpr int kDc = 0;
constexpr int kAc = 2;
constexpr std::uint8_t kEndOfBlock = 0x00;
constexpr std::uint8_t kSixteenZeros = 0xF0;

int magnitudeBits(int value) {
    const auto magnitude = static_cast<unsigned>(std::abs(value));
    return magnitude == 0 ? 0 : 32 - __builtin_clz(magnitude);
}

// A value as T.81 codes it: its size in bits in the symbol's low half (the run of zeros
// before it in the high half), then that many bits, a negative value minus one.
template <typename Visit>
void visitValue(Visit& visit, int table, int run, int value) {
    const int size = magnitudeBits(value);
    const int bits = value < 0 ? value + (1 << size) - 1 : value;
    visit(table, static_cast<std::uint8_t>(run << 4 | size), static_cast<std::uint32_t>(bits), size);
}

// Every symbol of the scan in order, with its extra bits: visit(table, symbol, bits, count).
template <typename Visit>
void visitSymbols(const JpegBlocks& blocks, Visit visit) {
    const std::vector<std::int16_t>& coefficients = blocks.coefficients();
    int previousDc[JpegBlocks::kComponents] = {};
    int component = 0;
    for (std::size_t start = 0; start < coefficients.size(); start += 64) {
        const std::int16_t* block = &coefficients[start];
        const int chroma = component == 0 ? 0 : 1;
        visitValue(visit, kDc + chroma, 0, block[0] - previousDc[component]);
        previousDc[component] = block[0];
        int run = 0;
        for (std::size_t k = 1; k < 64; ++k) {
            const int value = block[JpegBlocks::kZigzagOrder[k]];
            if (value == 0) {
                ++run;
                continue;
            }
            for (; run > 15; run -= 16) visit(kAc + chroma, kSixteenZeros, 0u, 0);
            visitValue(visit, kAc + chroma, run, value);
            run = 0;
        }
        if (run > 0) visit(kAc + chroma, kEndOfBlock, 0u, 0);
        component = (component + 1) % JpegBlocks::kComponents;
    }
}

// The Huffman code for the counts, at most 16 bits long. T.81 forbids a code of all ones, so
// one more symbol, never written, takes it: the last code of the longest length.
JpegWriter::Code codeFor(const std::array<std::uint32_t, 256>& counts) {
    std::vector<std::uint32_t> weights(counts.begin(), counts.end());
    weights.push_back(1);
    std::vector<std::uint8_t> lengths = HuffmanCode::fromCounts(weights, 16).lengths();
    std::swap(*std::max_element(lengths.begin(), lengths.end()), lengths.back());
    JpegWriter::Code code;
    std::uint32_t next = 0;
    for (int bits = 1; bits <= 16; ++bits, next <<= 1)
        for (std::size_t symbol = 0; symbol < 256; ++symbol) {
            if (lengths[symbol] != bits) continue;
            code.symbols.push_back(static_cast<std::uint8_t>(symbol));
            ++code.perLength[static_cast<std::size_t>(bits - 1)];
            code.code[symbol] = static_cast<std::uint16_t>(next++);
            code.length[symbol] = static_cast<std::uint8_t>(bits);
        }
    return code;
}

void put16(std::vector<std::uint8_t>& out, std::size_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

void startSegment(std::vector<std::uint8_t>& out, std::uint8_t marker, std::size_t payload) {
    out.push_back(0xFF);
    out.push_back(marker);
    put16(out, payload + 2);
}

// The scan's bits, most significant first; a 0xFF byte is followed by a 0 so that it is not
// read as a marker.
class ScanBits {
public:
    explicit ScanBits(std::vector<std::uint8_t>& out) : out_(out) {}

    // `count` is at most 16.
    void put(std::uint32_t bits, int count) {
        buffer_ = buffer_ << count | bits;
        used_ += count;
        while (used_ >= 8) {
            used_ -= 8;
            const auto byte = static_cast<std::uint8_t>(buffer_ >> used_);
            out_.push_back(byte);
            if (byte == 0xFF) out_.push_back(0);
        }
    }
    // Pads the last byte with one bits, as T.81 asks.
    void flush() {
        if (used_ > 0) put((1u << (8 - used_)) - 1, 8 - used_);
    }

private:
    std::vector<std::uint8_t>& out_;
    std::uint32_t buffer_ = 0;
    int used_ = 0;
};

}  // namespace

void JpegWriter::screen(const std::uint8_t* pixels, std::size_t stride, int width, int height, int quality,
                        std::vector<std::uint8_t>& out) {
    blocks_.setQuality(quality);
    blocks_.load(pixels, stride, width, height);
    countSymbols();
    for (std::size_t t = 0; t < codes_.size(); ++t) codes_[t] = codeFor(counts_[t]);
    out.clear();
    writeHeaders(width, height, out);
    writeScan(out);
}

void JpegWriter::countSymbols() {
    for (auto& table : counts_) table.fill(0);
    visitSymbols(blocks_, [this](int table, std::uint8_t symbol, std::uint32_t, int) {
        ++counts_[static_cast<std::size_t>(table)][symbol];
    });
}

void JpegWriter::writeHeaders(int width, int height, std::vector<std::uint8_t>& out) const {
    out.insert(out.end(), {0xFF, 0xD8});  // start of image
    startSegment(out, 0xDB, 2 * 65);      // the quantisation tables
    for (std::uint8_t t = 0; t < 2; ++t) {
        out.push_back(t);
        out.insert(out.end(), blocks_.table(t).begin(), blocks_.table(t).end());
    }
    startSegment(out, 0xC0, 6 + 3 * JpegBlocks::kComponents);  // baseline frame: 8 bits, Y, Cb, Cr
    out.push_back(8);
    put16(out, static_cast<std::size_t>(height));
    put16(out, static_cast<std::size_t>(width));
    out.push_back(JpegBlocks::kComponents);
    for (int c = 0; c < JpegBlocks::kComponents; ++c) {
        out.push_back(static_cast<std::uint8_t>(c + 1));
        out.push_back(0x11);                              // no subsampling
        out.push_back(static_cast<std::uint8_t>(c == 0 ? 0 : 1));  // quantisation table
    }
    std::size_t tables = 0;
    for (const Code& code : codes_) tables += 17 + code.symbols.size();
    startSegment(out, 0xC4, tables);  // the Huffman tables: class (DC 0, AC 1) and id
    for (std::size_t t = 0; t < codes_.size(); ++t) {
        out.push_back(static_cast<std::uint8_t>(t < kAc ? t : 0x10 | (t - kAc)));
        out.insert(out.end(), codes_[t].perLength.begin(), codes_[t].perLength.end());
        out.insert(out.end(), codes_[t].symbols.begin(), codes_[t].symbols.end());
    }
    startSegment(out, 0xDA, 4 + 2 * JpegBlocks::kComponents);  // the scan: each component's DC and AC tables
    out.push_back(JpegBlocks::kComponents);
    for (int c = 0; c < JpegBlocks::kComponents; ++c) {
        out.push_back(static_cast<std::uint8_t>(c + 1));
        out.push_back(c == 0 ? 0x00 : 0x11);
    }
    out.insert(out.end(), {0, 63, 0});  // all 64 coefficients, no successive approximation
}

void JpegWriter::writeScan(std::vector<std::uint8_t>& out) const {
    ScanBits bits(out);
    visitSymbols(blocks_, [this, &bits](int table, std::uint8_t symbol, std::uint32_t extra, int count) {
        const Code& code = codes_[static_cast<std::size_t>(table)];
        bits.put(code.code[symbol], code.length[symbol]);
        if (count > 0) bits.put(extra, count);
    });
    bits.flush();
    out.insert(out.end(), {0xFF, 0xD9});  // end of image
}

}  // namespace adhoc
