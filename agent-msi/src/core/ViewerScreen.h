// ViewerScreen: the screen as the viewer shows it once it has applied every frame sent: the
// blocks it copied and the rects it drew, kept exactly as captured. A block that moved is
// looked for against this picture, not against the capture before: while frames wait for
// their acknowledgement, captures go on and the viewer falls behind them, yet a window dragged
// meanwhile still goes as one copy. Portable: works on 32-bit pixels in any byte order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "MoveDetector.h"
#include "TileGrid.h"

namespace adhoc {

class ViewerScreen {
public:
    // A new size: every pixel unknown (zero) until the full frame that follows is drawn.
    void resize(int width, int height);
    int width() const { return width_; }
    int height() const { return height_; }
    std::size_t stride() const { return static_cast<std::size_t>(width_) * 4; }
    const std::uint8_t* bits() const { return pixels_.data(); }

    // The viewer copies a block (a copy rect).
    void copy(const ScreenMove& move);
    // The viewer draws `rect` of `frame` (a capture of this size, `frameStride` bytes per row).
    void draw(const std::uint8_t* frame, std::size_t frameStride, const ScreenRect& rect);

private:
    std::vector<std::uint8_t> pixels_;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace adhoc
