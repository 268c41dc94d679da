// HotArea: see HotArea.h.
#include "HotArea.h"

#include <algorithm>

namespace adhoc {

namespace {

long long pixels(int left, int top, int right, int bottom) {
    return static_cast<long long>(right - left) * static_cast<long long>(bottom - top);
}

}  // namespace

void HotArea::sent(const std::vector<ScreenRect>& rects, int screenWidth, int screenHeight, std::int64_t nowMs) {
    if (rects.empty()) return;
    int left = screenWidth, top = screenHeight, right = 0, bottom = 0;
    for (const ScreenRect& r : rects) {
        left = std::min(left, r.x);
        top = std::min(top, r.y);
        right = std::max(right, r.x + r.width);
        bottom = std::max(bottom, r.y + r.height);
    }
    // A margin for the caret's next step, then whole tiles: the diff compares whole tiles.
    constexpr int tile = TileDiff::kTileSize;
    left = std::max(0, left - kMargin) / tile * tile;
    top = std::max(0, top - kMargin) / tile * tile;
    right = std::min(screenWidth, (right + kMargin + tile - 1) / tile * tile);
    bottom = std::min(screenHeight, (bottom + kMargin + tile - 1) / tile * tile);
    if (right <= left || bottom <= top || pixels(left, top, right, bottom) > kMaxPixels) {
        area_ = {};
        return;
    }
    // A frame that changed part of the area (a spot check sees only the area) keeps the rest:
    // an app may paint its echo in steps, and each step must stay watched.
    if (active(nowMs)) {
        const int unionLeft = std::min(left, area_.x), unionTop = std::min(top, area_.y);
        const int unionRight = std::max(right, area_.x + area_.width);
        const int unionBottom = std::max(bottom, area_.y + area_.height);
        if (pixels(unionLeft, unionTop, unionRight, unionBottom) <= kMaxPixels) {
            left = unionLeft, top = unionTop, right = unionRight, bottom = unionBottom;
        }
    }
    area_ = {left, top, right - left, bottom - top};
    lastChangeMs_ = nowMs;
}

void HotArea::checked(std::int64_t nowMs, bool changed) {
    lastCheckMs_ = nowMs;
    if (changed) lastChangeMs_ = nowMs;
}

std::int64_t HotArea::nextCheckAtMs() const {
    const bool afterInput = lastCheckMs_ < inputAtMs_ + kAfterInputMs;
    return lastCheckMs_ + (afterInput ? kAfterInputCheckMs : kSpotCheckMs);
}

bool HotArea::active(std::int64_t nowMs) const {
    return area_.width > 0 && area_.height > 0 && nowMs - lastChangeMs_ < kStayMs;
}

}  // namespace adhoc
