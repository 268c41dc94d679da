// HotAreaTest: small changes make a hot area in whole tiles that stays while it keeps
// changing and cools down after a second; large changes make none. The pacer polls the
// whole screen less while one is watched, and spot changes keep it fast.
#include <cstdint>
#include <ostream>
#include <vector>

#include "../src/core/CapturePacer.h"
#include "../src/core/HotArea.h"
#include <doctest/doctest.h>

using adhoc::CapturePacer;
using adhoc::HotArea;
using adhoc::ScreenRect;

TEST_CASE("hot_area_covers_small_changes_in_whole_tiles_and_cools_down") {
    HotArea hot;
    CHECK(!hot.active(0));
    // A typed character and the caret after it, near the right edge.
    hot.sent({{1890, 100, 7, 13}, {1897, 100, 2, 13}}, 1920, 1080, 1000);
    CHECK(hot.active(1000));
    CHECK(hot.area() == (ScreenRect{1856, 64, 64, 128}));  // the margin reaches the next tile row
    CHECK_EQ(hot.nextCheckAtMs(), HotArea::kSpotCheckMs);  // never checked: due at once
    hot.checked(1010, false);
    CHECK_EQ(hot.nextCheckAtMs(), 1010 + HotArea::kSpotCheckMs);
    hot.checked(1500, true);  // typing goes on: it stays
    CHECK(hot.active(1500 + HotArea::kStayMs - 1));
    CHECK(!hot.active(1500 + HotArea::kStayMs));
    hot.sent({}, 1920, 1080, 5000);  // nothing sent: nothing learnt
    CHECK(!hot.active(5000));
}

TEST_CASE("hot_area_is_none_for_large_or_scattered_changes") {
    HotArea hot;
    hot.sent({{0, 0, 1800, 1040}}, 1920, 1080, 0);
    CHECK(!hot.active(0));
    hot.sent({{100, 100, 10, 10}}, 1920, 1080, 0);
    CHECK(hot.active(0));
    hot.sent({{10, 10, 8, 8}, {1500, 900, 8, 8}}, 1920, 1080, 10);  // a clock far from the caret
    CHECK(!hot.active(10));
    hot.sent({{100, 100, 10, 10}}, 1920, 1080, 20);
    hot.clear();
    CHECK(!hot.active(20));
}

TEST_CASE("capture_pacer_polls_the_screen_less_beside_a_hot_area") {
    CapturePacer pacer;
    pacer.captured(0, true, true);
    CHECK_EQ(pacer.nextCaptureAtMs(), CapturePacer::kBesideHotAreaMs);
    // Only the spot checks see the changes: the whole screen stays on the fast side.
    std::int64_t now = pacer.nextCaptureAtMs();
    for (int i = 0; i < 20; ++i) {
        pacer.changedInHotArea(now - 5);
        pacer.captured(now, false, true);
        now = pacer.nextCaptureAtMs();
    }
    CHECK_EQ(pacer.intervalMs(), CapturePacer::kBesideHotAreaMs);
    pacer.captured(now, true, false);
    CHECK_EQ(pacer.intervalMs(), CapturePacer::kFastMs);
}
