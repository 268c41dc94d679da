// ViewerScreen: see ViewerScreen.h.
#include "ViewerScreen.h"

#include <cstring>

namespace adhoc {

void ViewerScreen::resize(int width, int height) {
    width_ = width;
    height_ = height;
    pixels_.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 0);
}

void ViewerScreen::copy(const ScreenMove& move) {
    MoveDetector::apply(pixels_.data(), stride(), move);
}

void ViewerScreen::draw(const std::uint8_t* frame, std::size_t frameStride, const ScreenRect& rect) {
    const std::size_t bytes = static_cast<std::size_t>(rect.width) * 4;
    for (int row = rect.y; row < rect.y + rect.height; ++row) {
        const std::size_t offset = static_cast<std::size_t>(rect.x) * 4;
        std::memcpy(pixels_.data() + static_cast<std::size_t>(row) * stride() + offset,
                    frame + static_cast<std::size_t>(row) * frameStride + offset, bytes);
    }
}

}  // namespace adhoc
