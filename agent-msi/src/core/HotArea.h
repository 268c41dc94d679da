// HotArea: where the screen changed lately, when that is a small part of it (a caret and
// the word being typed, a button, a spinner). The screen thread checks that area every few
// milliseconds and the whole screen less often, so a key's echo shows sooner and a busy
// caret costs less than copying the whole screen 30 times a second.
#pragma once

#include <cstdint>
#include <vector>

#include "TileDiff.h"

namespace adhoc {

class HotArea {
public:
    static constexpr std::int64_t kSpotCheckMs = 10;
    // Right after a key or a click the echo is due within a few milliseconds: check closely.
    static constexpr std::int64_t kAfterInputCheckMs = 2;
    static constexpr std::int64_t kAfterInputMs = 20;
    // Without a change for this long, the area cools down and only whole-screen captures remain.
    static constexpr std::int64_t kStayMs = 1000;
    // Larger changes (scrolling, video) are left to whole-screen captures.
    static constexpr long long kMaxPixels = 400 * 400;
    static constexpr int kMargin = 16;

    // The rects of a frame just sent, on a screen of that size: the area becomes their bounds,
    // joined to the area before while it is active and the two fit in kMaxPixels.
    void sent(const std::vector<ScreenRect>& rects, int screenWidth, int screenHeight, std::int64_t nowMs);
    // A spot check of the area at `nowMs`; `changed` when it found something.
    void checked(std::int64_t nowMs, bool changed);
    // A key or a click reached the PC at `nowMs`.
    void input(std::int64_t nowMs) { inputAtMs_ = nowMs; }
    void clear() { area_ = {}; }

    bool active(std::int64_t nowMs) const;
    // In whole tiles (clipped to the screen).
    const ScreenRect& area() const { return area_; }
    std::int64_t nextCheckAtMs() const;

private:
    ScreenRect area_;
    std::int64_t lastChangeMs_ = 0;
    std::int64_t lastCheckMs_ = 0;
    std::int64_t inputAtMs_ = -kAfterInputMs;
};

}  // namespace adhoc
