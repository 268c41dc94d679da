// ViewerScreen: see ViewerScreen.h.
#include "ViewerScreen.h"

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
    copyPixels(frame, frameStride, pixels_.data(), stride(), rect);
}

}  // namespace adhoc
