// LosslessRefreshTest: tiles sent as JPEG are due a lossless refresh once they have been still for
// the quiet time, a new change postpones it, a lossless rect over a whole tile cancels it, a
// tile the caller says does not pay (a photo) is left as sent,
// changes streaming elsewhere hold it back, and a refresh hands out no more tiles than its
// budget, cut to the frame's edges.
#include <cstdint>
#include <vector>

#include "../src/core/LosslessRefresh.h"
#include <doctest/doctest.h>

using adhoc::LosslessRefresh;
using adhoc::ScreenRect;

namespace {
constexpr std::int64_t kQuiet = LosslessRefresh::kQuietMs;

int tilesIn(const std::vector<ScreenRect>& rects) {
    int tiles = 0;
    for (const ScreenRect& r : rects) tiles += ((r.width + 63) / 64) * ((r.height + 63) / 64);
    return tiles;
}
}  // namespace

TEST_CASE("lossless_refresh_waits_for_the_quiet_time") {
    LosslessRefresh refresh;
    refresh.resize(1920, 1080);
    CHECK(!refresh.hasPending());
    CHECK_EQ(refresh.nextDueAtMs(), LosslessRefresh::kNever);
    refresh.sent({10, 10, 40, 40}, true, 1000);
    CHECK(refresh.hasPending());
    CHECK_EQ(refresh.nextDueAtMs(), 1000 + kQuiet);
    CHECK(refresh.takeDue(1000 + kQuiet - 1).empty());
    auto due = refresh.takeDue(1000 + kQuiet);
    REQUIRE_EQ(due.size(), 1u);
    CHECK(due[0] == ScreenRect{0, 0, 64, 64});  // the whole tile
    CHECK(!refresh.hasPending());
    CHECK(refresh.takeDue(5000).empty());
}

TEST_CASE("lossless_refresh_never_comes_for_a_lossless_rect") {
    LosslessRefresh refresh;
    refresh.resize(640, 480);
    refresh.sent({0, 0, 640, 480}, false, 0);
    CHECK(!refresh.hasPending());
    CHECK(refresh.takeDue(10000).empty());
}

TEST_CASE("lossless_refresh_is_postponed_by_a_new_change") {
    LosslessRefresh refresh;
    refresh.resize(640, 480);
    refresh.sent({0, 0, 64, 64}, true, 1000);
    refresh.sent({0, 0, 64, 64}, true, 1300);    // the video's next frame
    CHECK(refresh.takeDue(1000 + kQuiet).empty());
    refresh.sent({5, 5, 10, 10}, false, 1600);   // a small lossless change: the rest is still JPEG
    CHECK(refresh.takeDue(1300 + kQuiet).empty());
    CHECK_EQ(refresh.nextDueAtMs(), 1600 + kQuiet);
    CHECK_EQ(refresh.takeDue(1600 + kQuiet).size(), 1u);
}

TEST_CASE("lossless_refresh_waits_for_a_gap_in_changes_elsewhere") {
    LosslessRefresh refresh;
    refresh.resize(640, 480);
    refresh.sent({0, 0, 64, 64}, true, 0);
    // Typing far away, every 60 ms: the tile is due, but a live change is always near.
    for (std::int64_t t = 60; t <= 600; t += 60) {
        refresh.sent({500, 400, 8, 16}, false, t);
        CHECK(refresh.takeDue(t + LosslessRefresh::kGapMs - 1).empty());
    }
    CHECK_EQ(refresh.nextDueAtMs(), 600 + LosslessRefresh::kGapMs);
    auto due = refresh.takeDue(600 + LosslessRefresh::kGapMs);
    REQUIRE_EQ(due.size(), 1u);
    CHECK(due[0] == ScreenRect{0, 0, 64, 64});
}

TEST_CASE("lossless_refresh_is_cancelled_by_a_lossless_rect_over_the_whole_tile") {
    LosslessRefresh refresh;
    refresh.resize(640, 480);
    refresh.sent({0, 0, 128, 64}, true, 0);
    refresh.sent({0, 0, 64, 64}, false, 100);  // the photo's left half became text
    auto due = refresh.takeDue(1000);
    REQUIRE_EQ(due.size(), 1u);
    CHECK(due[0] == ScreenRect{64, 0, 64, 64});
    CHECK(!refresh.hasPending());
}

TEST_CASE("lossless_refresh_merges_due_tiles_and_keeps_to_its_budget") {
    LosslessRefresh refresh;
    refresh.resize(1920, 1080);  // 30 x 17 tiles, the last row 56 pixels high
    refresh.sent({0, 0, 1920, 1080}, true, 0);
    auto first = refresh.takeDue(kQuiet);
    REQUIRE_EQ(first.size(), 1u);
    CHECK(first[0] == ScreenRect{0, 0, 64 * LosslessRefresh::kMaxTilesPerFrame, 64});
    int tiles = tilesIn(first), frames = 1;
    for (auto due = refresh.takeDue(kQuiet); !due.empty(); due = refresh.takeDue(kQuiet)) {
        CHECK(tilesIn(due) <= LosslessRefresh::kMaxTilesPerFrame);
        for (const ScreenRect& r : due) CHECK(r.y + r.height <= 1080);
        tiles += tilesIn(due);
        ++frames;
    }
    CHECK_EQ(tiles, 30 * 17);
    CHECK_EQ(frames, (30 * 17 + LosslessRefresh::kMaxTilesPerFrame - 1) / LosslessRefresh::kMaxTilesPerFrame);
    refresh.sent({0, 0, 128, 128}, true, 0);
    auto square = refresh.takeDue(kQuiet, {}, 4);
    REQUIRE_EQ(square.size(), 1u);
    CHECK(square[0] == ScreenRect{0, 0, 128, 128});
}

TEST_CASE("lossless_refresh_cuts_tiles_at_the_frame_edge_and_ignores_rects_outside") {
    LosslessRefresh refresh;
    refresh.resize(200, 100);  // the last column of tiles 8 wide, the last row 36 high
    refresh.sent({150, 90, 50, 10}, true, 0);
    refresh.sent({300, 300, 10, 10}, true, 0);  // outside the frame: nothing to refresh
    refresh.sent({0, 0, 0, 0}, true, 0);
    auto due = refresh.takeDue(kQuiet);
    REQUIRE_EQ(due.size(), 1u);
    CHECK(due[0] == ScreenRect{128, 64, 72, 36});
    CHECK(!refresh.hasPending());
}

TEST_CASE("lossless_refresh_forgets_everything_on_resize_and_clear") {
    LosslessRefresh refresh;
    refresh.resize(640, 480);
    refresh.sent({0, 0, 640, 480}, true, 0);
    refresh.clear();
    CHECK(!refresh.hasPending());
    refresh.sent({0, 0, 640, 480}, true, 0);
    refresh.resize(800, 600);
    CHECK(!refresh.hasPending());
    CHECK(refresh.takeDue(kQuiet).empty());
}

TEST_CASE("lossless_refresh_leaves_tiles_that_do_not_pay_as_they_were_sent") {
    LosslessRefresh refresh;
    refresh.resize(256, 64);
    refresh.sent({0, 0, 256, 64}, true, 0);  // four tiles: text, photo, text, photo
    const auto text = [](const ScreenRect& tile) { return tile.x / 64 % 2 == 0; };
    auto due = refresh.takeDue(kQuiet, text);
    REQUIRE_EQ(due.size(), 2u);
    CHECK(due[0] == ScreenRect{0, 0, 64, 64});
    CHECK(due[1] == ScreenRect{128, 0, 64, 64});
    CHECK(!refresh.hasPending());  // the photo tiles are not asked about again
    refresh.sent({64, 0, 64, 64}, true, 1000);  // until the photo changes
    CHECK(refresh.hasPending());
}

TEST_CASE("lossless_refresh_follows_a_block_the_viewer_copied") {
    LosslessRefresh refresh;
    refresh.resize(1920, 1080);
    refresh.sent({0, 0, 64, 64}, true, 1000);  // one JPEG tile at the top left

    SUBCASE("what was exact stays exact where it covers a tile") {
        refresh.copied({{640, 640, 256, 128}, 320, 320}, 1100);  // from (320, 320): all exact
        auto due = refresh.takeDue(1100 + 10 * kQuiet);
        REQUIRE_EQ(due.size(), 1u);
        CHECK(due[0] == ScreenRect{0, 0, 64, 64});
    }
    SUBCASE("what was lossy is lossy where it lands, and its quiet time starts again") {
        refresh.copied({{40, 140, 128, 128}, 20, 120}, 1100);  // from (20, 20): the JPEG tile and exact ones
        CHECK_EQ(refresh.nextDueAtMs(), 1000 + kQuiet);
        CHECK_EQ(tilesIn(refresh.takeDue(1000 + kQuiet)), 1);      // the tile sent as JPEG
        CHECK(refresh.takeDue(1100 + kQuiet - 1).empty());
        // (40, 140)-(168, 268) touches columns 0 to 2 of rows 2 to 4. The JPEG tile's pixels,
        // (0, 0)-(64, 64) moved by (20, 120), land in (20, 120)-(84, 184): columns 0 and 1 of
        // row 2; the other tiles got exact pixels.
        CHECK_EQ(tilesIn(refresh.takeDue(1100 + kQuiet)), 2);
    }
}
