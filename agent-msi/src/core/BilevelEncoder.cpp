// BilevelEncoder: see BilevelEncoder.h.
#include "BilevelEncoder.h"

#include "ColorTable.h"

namespace adhoc {

namespace {

// The payload's first byte: flags (docs/protocol.md). Without kNewColours, the colours are the
// previous rect's. kTypicalRows: each row starts with its bit (agents before it had none).
constexpr std::uint8_t kNewColours = 1;
constexpr std::uint8_t kTypicalRows = 2;

void appendColour(std::vector<std::uint8_t>& out, std::uint32_t colour) {
    out.push_back(static_cast<std::uint8_t>(colour >> 16));
    out.push_back(static_cast<std::uint8_t>(colour >> 8));
    out.push_back(static_cast<std::uint8_t>(colour));
}

}  // namespace

bool BilevelEncoder::encode(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                            std::vector<std::uint8_t>& out) {
    ColorTable::TwoColors two;
    if (!ColorTable::twoColors(pixels, stride, width, height, two)) return false;
    auto known = [this](std::uint32_t colour) { return colour == colours_[0] || colour == colours_[1]; };
    // Typing and blinking carets keep the same two colours: saying so saves 6 bytes a rect,
    // and keeping their order keeps the model's odds meaningful.
    if (haveColours_ && known(two.first) && known(two.second)) {
        out.push_back(kTypicalRows);
    } else {
        // The commoner colour is 0, as outside the rect, so backgrounds cost least.
        const bool firstIsCommoner = two.firstCount * 2 >= static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
        colours_[0] = firstIsCommoner ? two.first : two.second;
        colours_[1] = firstIsCommoner ? two.second : two.first;
        haveColours_ = true;
        out.push_back(kNewColours | kTypicalRows);
        appendColour(out, colours_[0]);
        appendColour(out, colours_[1]);
    }
    toBits(pixels, stride, width, height);
    coder_.encode(bits_.data(), width, height, out);
    return true;
}

void BilevelEncoder::reset() {
    coder_.reset();
    haveColours_ = false;
}

void BilevelEncoder::toBits(const std::uint8_t* pixels, std::size_t stride, int width, int height) {
    bits_.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    std::size_t at = 0;
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = pixels + static_cast<std::size_t>(y) * stride;
        for (int x = 0; x < width; ++x)
            bits_[at++] = ColorTable::colorOf(row + static_cast<std::size_t>(x) * 4) == colours_[0] ? 0 : 1;
    }
}

}  // namespace adhoc
