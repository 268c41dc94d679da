// TileDiffTest: changed tiles are found, merged into few rectangles clipped to the frame,
// accumulate until taken, and unchanged tiles never come out.
#include <cstdint>
#include <ostream>
#include <vector>

#include "../src/core/TileDiff.h"
#include <doctest/doctest.h>

using adhoc::ScreenRect;
using adhoc::TileDiff;

namespace {

struct Frame {
    int width, height;
    std::vector<std::uint8_t> pixels;
    Frame(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h * 4, 0x20) {}
    std::size_t stride() const { return static_cast<std::size_t>(width) * 4; }
    void set(int x, int y, std::uint8_t value) { pixels[(static_cast<std::size_t>(y) * width + x) * 4 + 1] = value; }
};

}  // namespace

namespace adhoc {
// For CHECK_EQ's failure text (found by argument-dependent lookup).
std::ostream& operator<<(std::ostream& os, const ScreenRect& r) {
    return os << r.x << "," << r.y << " " << r.width << "x" << r.height;
}
}  // namespace adhoc

TEST_CASE("tile_diff_starts_with_a_full_frame_clipped_to_the_size") {
    TileDiff diff;
    diff.resize(200, 100);
    CHECK(diff.hasChanges());
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 1u);
    if (!rects.empty()) CHECK_EQ(rects[0], (ScreenRect{0, 0, 200, 100}));
    CHECK(!diff.hasChanges());
    CHECK(diff.takeRects().empty());
}

TEST_CASE("tile_diff_marks_only_changed_tiles") {
    Frame a(300, 200), b(300, 200);
    TileDiff diff;
    diff.resize(300, 200);
    diff.takeRects();
    CHECK(!diff.compare(a.pixels.data(), b.pixels.data(), a.stride()));
    CHECK(!diff.hasChanges());
    b.set(70, 10, 0xFF);   // tile (1,0)
    b.set(299, 199, 0xFF); // last, partial tile (4,3)
    CHECK(diff.compare(a.pixels.data(), b.pixels.data(), a.stride()));
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 2u);
    if (rects.size() == 2) {
        CHECK_EQ(rects[0], (ScreenRect{70, 10, 1, 1}));
        CHECK_EQ(rects[1], (ScreenRect{299, 199, 1, 1}));
    }
}

TEST_CASE("tile_diff_merges_runs_and_identical_runs_below") {
    Frame a(512, 512), b(512, 512);
    TileDiff diff;
    diff.resize(512, 512);
    diff.takeRects();
    // A 3x2-tile block at tile (1,1) and a lone tile at (6,1).
    for (int y = 64; y < 192; y += 10)
        for (int x = 64; x < 256; x += 10) b.set(x, y, 1);
    b.set(400, 100, 1);
    diff.compare(a.pixels.data(), b.pixels.data(), a.stride());
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 2u);
    if (rects.size() == 2) {
        CHECK_EQ(rects[0], (ScreenRect{64, 64, 191, 121}));
        CHECK_EQ(rects[1], (ScreenRect{400, 100, 1, 1}));
    }
}

TEST_CASE("tile_diff_splits_tall_regions") {
    TileDiff diff;
    diff.resize(100, 64 * 9);
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 3u);  // 4 + 4 + 1 tile rows
    if (rects.size() == 3) {
        CHECK_EQ(rects[0], (ScreenRect{0, 0, 100, 256}));
        CHECK_EQ(rects[1], (ScreenRect{0, 256, 100, 256}));
        CHECK_EQ(rects[2], (ScreenRect{0, 512, 100, 64}));
    }
}

TEST_CASE("tile_diff_accumulates_changes_until_taken") {
    Frame a(256, 64), b(256, 64), c(256, 64);
    TileDiff diff;
    diff.resize(256, 64);
    diff.takeRects();
    b.set(0, 0, 9);
    diff.compare(a.pixels.data(), b.pixels.data(), a.stride());
    c = b;
    c.set(200, 5, 9);
    CHECK(diff.compare(b.pixels.data(), c.pixels.data(), b.stride()));
    // Back to the same content as b in tile 0 is still marked: the viewer has not seen it.
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 2u);
    if (rects.size() == 2) {
        CHECK_EQ(rects[0], (ScreenRect{0, 0, 1, 1}));
        CHECK_EQ(rects[1], (ScreenRect{200, 5, 1, 1}));
    }
}

TEST_CASE("tile_diff_tight_rects_cover_only_the_changed_pixels") {
    Frame a(512, 256), b(512, 256);
    TileDiff diff;
    diff.resize(512, 256);
    CHECK_EQ(diff.takeRects().size(), 1u);  // a new size: the whole frame
    b.set(70, 10, 1);                         // a 6x13 "character" from (70, 10)...
    b.set(75, 22, 1);
    b.set(130, 60, 1);                        // ...and a pixel in the next tile of the same run
    b.set(300, 200, 1);                       // a lone pixel far away
    CHECK(diff.compare(a.pixels.data(), b.pixels.data(), a.stride()));
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 2u);
    if (rects.size() == 2) {
        CHECK_EQ(rects[0], (ScreenRect{70, 10, 61, 51}));
        CHECK_EQ(rects[1], (ScreenRect{300, 200, 1, 1}));
    }
    // Boxes grow across compares until taken, and start empty again after.
    Frame c = b;
    c.set(10, 5, 7);
    diff.compare(a.pixels.data(), b.pixels.data(), a.stride());
    diff.compare(b.pixels.data(), c.pixels.data(), b.stride());
    rects = diff.takeRects();
    CHECK_EQ(rects.size(), 2u);
    if (rects.size() == 2) {
        CHECK_EQ(rects[0], (ScreenRect{10, 5, 121, 56}));
        CHECK_EQ(rects[1], (ScreenRect{300, 200, 1, 1}));
    }
    CHECK(!diff.compare(c.pixels.data(), c.pixels.data(), c.stride()));
    CHECK(diff.takeRects().empty());
}

TEST_CASE("tile_diff_compares_an_area_alone") {
    TileDiff diff;
    Frame before(256, 192), after(256, 192);
    diff.resize(256, 192);
    diff.takeRects();
    after.set(10, 10, 0x99);   // outside the area: not looked at
    after.set(150, 100, 0x99); // inside
    CHECK(diff.compareArea(before.pixels.data(), after.pixels.data(), before.stride(), {128, 64, 64, 64}));
    auto rects = diff.takeRects();
    CHECK_EQ(rects.size(), 1u);
    if (!rects.empty()) CHECK_EQ(rects[0], (ScreenRect{150, 100, 1, 1}));
    CHECK(!diff.compareArea(before.pixels.data(), after.pixels.data(), before.stride(), {192, 128, 64, 64}));
}

TEST_CASE("tile_diff_bounds_the_changed_pixels_and_forgets_its_marks_when_cleared") {
    Frame before(300, 200), after(300, 200);
    after.set(10, 20, 1);
    after.set(250, 150, 1);
    TileDiff diff;
    diff.resize(300, 200);
    diff.takeRects();
    CHECK(diff.changedBounds() == ScreenRect{});
    CHECK(diff.compare(before.pixels.data(), after.pixels.data(), before.stride()));
    CHECK_EQ(diff.changedBounds(), (ScreenRect{10, 20, 241, 131}));
    diff.clear();
    CHECK(!diff.hasChanges());
    CHECK(diff.changedBounds() == ScreenRect{});
    CHECK(diff.compare(before.pixels.data(), after.pixels.data(), before.stride()));
    CHECK_EQ(diff.takeRects().size(), 2u);
}
