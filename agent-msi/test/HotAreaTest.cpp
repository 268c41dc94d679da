// HotAreaTest: small changes make a hot area in whole tiles that stays while it keeps
// changing and cools down after a second; large changes make none. The pacer polls the
// whole screen less while one is watched, and spot changes keep it fast. After a key or a
// click the area is checked closely for its echo, and the whole capture waits meanwhile.
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

TEST_CASE("hot_area_keeps_what_it_covered_while_a_part_of_it_changes") {
    HotArea hot;
    hot.sent({{1600, 100, 200, 200}}, 1920, 1080, 1000);  // a window's echo of a key
    CHECK(hot.area() == (ScreenRect{1536, 64, 320, 256}));
    hot.sent({{1600, 270, 60, 30}}, 1920, 1080, 1100);  // a spot check saw only its bottom change
    CHECK(hot.area() == (ScreenRect{1536, 64, 320, 256}));
    hot.sent({{1400, 100, 20, 20}}, 1920, 1080, 1200);  // beside it, and both still small: joined
    CHECK(hot.area() == (ScreenRect{1344, 64, 512, 256}));
    hot.sent({{100, 900, 10, 10}}, 1920, 1080, 1300);  // far away: only the new change
    CHECK(hot.area() == (ScreenRect{64, 832, 64, 128}));
    hot.sent({{1560, 60, 10, 10}}, 1920, 1080, 1300 + HotArea::kStayMs);  // once cooled down, nothing joins
    CHECK(hot.area() == (ScreenRect{1536, 0, 64, 128}));
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

TEST_CASE("hot_area_is_checked_closely_right_after_a_key_or_a_click") {
    HotArea hot;
    hot.sent({{100, 100, 10, 10}}, 1920, 1080, 1000);
    hot.checked(1005, false);
    CHECK_EQ(hot.nextCheckAtMs(), 1005 + HotArea::kSpotCheckMs);
    hot.input(1008);  // the key reaches the PC: its echo is due any moment
    CHECK_EQ(hot.nextCheckAtMs(), 1005 + HotArea::kAfterInputCheckMs);
    // Checked at once, then every 2 ms until 20 ms after the key, then every 10 ms again.
    std::vector<std::int64_t> checks;
    for (std::int64_t now = 1008; now < 1050; ++now) {
        if (hot.nextCheckAtMs() > now) continue;
        hot.checked(now, false);
        checks.push_back(now);
    }
    const std::vector<std::int64_t> expected{1008, 1010, 1012, 1014, 1016, 1018, 1020, 1022, 1024, 1026, 1028, 1038, 1048};
    CHECK(checks == expected);
}

TEST_CASE("capture_pacer_holds_the_whole_capture_while_the_hot_area_is_checked_closely") {
    CapturePacer pacer;
    pacer.captured(0, true, true);
    pacer.activity(50, HotArea::kAfterInputMs);  // 50 ms after a capture: one would be due at once
    CHECK_EQ(pacer.nextCaptureAtMs(), 50 + HotArea::kAfterInputMs);
    pacer.activity(60, HotArea::kAfterInputMs);  // the key's release: the hold does not move on
    CHECK_EQ(pacer.nextCaptureAtMs(), 50 + HotArea::kAfterInputMs);
    pacer.captured(100, false, false);
    pacer.activity(101);  // no hot area: the fast rate from the last capture
    CHECK_EQ(pacer.nextCaptureAtMs(), 100 + CapturePacer::kFastMs);
}

TEST_CASE("capture_pacer_scans_rows_beside_a_quiet_hot_area") {
    CapturePacer pacer;
    CHECK(pacer.wholeDue(0, false));
    pacer.captured(0, true, false);
    CHECK(pacer.wholeDue(33, false));  // the screen changes and no hot area is watched
    CHECK(pacer.wholeDue(33, true));   // the last look found a change: a scan would see only parts of it
    pacer.changedInHotArea(40);
    pacer.captured(133, false, true, true);
    CHECK(!pacer.wholeDue(233, true));  // only the hot area changes: the rest is scanned
    pacer.captured(233, true, true, false);
    CHECK(pacer.wholeDue(333, true));  // the scan found a change beside the area
    pacer.captured(333, false, true, true);
    pacer.activity(340, HotArea::kAfterInputMs);  // a key with the area watched: scans at the fast rate
    CHECK_EQ(pacer.nextCaptureAtMs(), 333 + CapturePacer::kFastMs);
    CHECK(!pacer.wholeDue(366, true));
    CHECK(pacer.wholeDue(366, false));  // with no area watched, a whole capture
    pacer.activity(370, HotArea::kAfterInputMs, true);  // the pointer: the change may be anywhere
    CHECK(pacer.wholeDue(pacer.nextCaptureAtMs(), true));
}

TEST_CASE("capture_pacer_scans_between_changes_and_captures_whole_after_input") {
    CapturePacer pacer;
    pacer.captured(0, true, false);
    CHECK(pacer.wholeDue(33, false));  // changes go on: whole
    pacer.captured(33, false, false, true);
    CHECK(!pacer.wholeDue(66, false));  // none since (a page scrolled every 200 ms): a scan
    pacer.captured(66, true, false, false);
    CHECK(pacer.wholeDue(99, false));  // the scan met the next change: whole at once
    pacer.captured(99, false, false, true);
    pacer.activity(120);  // a key with no hot area watched: its echo may be too small for a scan
    for (std::int64_t now = pacer.nextCaptureAtMs(); now < 120 + CapturePacer::kStayFastMs; now = pacer.nextCaptureAtMs()) {
        CHECK(pacer.wholeDue(now, false));
        pacer.captured(now, false, false, true);
    }
    CHECK(!pacer.wholeDue(pacer.nextCaptureAtMs(), false));  // a second after it, scans again
}

TEST_CASE("capture_pacer_scans_a_still_screen_with_a_whole_capture_every_2_s") {
    CapturePacer pacer;
    pacer.captured(0, true, false);
    std::int64_t now = pacer.nextCaptureAtMs();
    CHECK(pacer.wholeDue(now, false));  // the look after a change is whole
    pacer.captured(now, false, false, true);
    std::int64_t lastWhole = now;
    now = pacer.nextCaptureAtMs();
    while (pacer.intervalMs() == CapturePacer::kFastMs) {  // then scans at the fast rate, for a second
        CHECK(!pacer.wholeDue(now, false));
        pacer.captured(now, false, false, false);
        now = pacer.nextCaptureAtMs();
    }
    // Then scans, at most every half second, and a whole capture every 2 s.
    const std::int64_t stillFrom = now;
    int scans = 0;
    while (now < stillFrom + 10000) {
        if (pacer.wholeDue(now, false)) {
            CHECK_GE(now - lastWhole, CapturePacer::kWholeAtLeastEveryMs);
            CHECK_LE(now - lastWhole, CapturePacer::kWholeAtLeastEveryMs + CapturePacer::kSlowestMs);
            lastWhole = now;
            pacer.captured(now, false, false, true);
        } else {
            ++scans;
            pacer.captured(now, false, false, false);
        }
        now = pacer.nextCaptureAtMs();
    }
    CHECK_EQ(pacer.intervalMs(), CapturePacer::kSlowestMs);
    CHECK_GE(lastWhole, stillFrom + 10000 - CapturePacer::kWholeAtLeastEveryMs - CapturePacer::kSlowestMs);
    CHECK_LE(scans, 10000 / CapturePacer::kSlowestMs);
    CHECK_GE(scans, 10000 / CapturePacer::kSlowestMs - 8);
}
