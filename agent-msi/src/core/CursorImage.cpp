// CursorImage: see CursorImage.h.
#include "CursorImage.h"

#include <algorithm>

namespace adhoc {

std::vector<std::uint8_t> CursorImage::fromBlackAndWhite(const std::uint8_t* onBlack, const std::uint8_t* onWhite,
                                                         std::size_t pixelCount) {
    std::vector<std::uint8_t> out(pixelCount * 4);
    for (std::size_t i = 0; i < pixelCount; ++i) {
        const std::uint8_t* b = onBlack + i * 4;
        const std::uint8_t* w = onWhite + i * 4;
        std::uint8_t* o = &out[i * 4];
        // Over black a pixel shows colour*alpha; over white colour*alpha + (1-alpha)*255.
        int spread = 0;
        for (int c = 0; c < 3; ++c) spread += w[c] - b[c];
        const int alpha = std::clamp(255 - spread / 3, 0, 255);
        const bool inverts = spread < -3 * 128;
        for (int c = 0; c < 3; ++c)
            o[c] = inverts || alpha == 0 ? 0 : static_cast<std::uint8_t>(std::min(255, b[c] * 255 / alpha));
        o[3] = static_cast<std::uint8_t>(inverts ? 255 : alpha);
    }
    return out;
}

}  // namespace adhoc
