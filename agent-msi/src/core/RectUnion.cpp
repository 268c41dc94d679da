// RectUnion: see RectUnion.h.
#include "RectUnion.h"

#include <algorithm>
#include <cstdint>

namespace adhoc {

ScreenRect RectUnion::worthSending(const std::vector<ScreenRect>& rects) {
    if (rects.size() < 2) return {};
    int left = rects[0].x, top = rects[0].y, right = left, bottom = top;
    std::int64_t covered = 0;
    for (const ScreenRect& rect : rects) {
        left = std::min(left, rect.x);
        top = std::min(top, rect.y);
        right = std::max(right, rect.x + rect.width);
        bottom = std::max(bottom, rect.y + rect.height);
        covered += static_cast<std::int64_t>(rect.width) * rect.height;
    }
    const ScreenRect box{left, top, right - left, bottom - top};
    return covered * 2 >= static_cast<std::int64_t>(box.width) * box.height ? box : ScreenRect{};
}

}  // namespace adhoc
