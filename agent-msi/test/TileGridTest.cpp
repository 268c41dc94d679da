// TileGridTest: marked tiles merge into spans of one mark each, never taller than asked,
// and a span's pixels are cut to the frame's (or a rect's) edges.
#include <cstdint>
#include <vector>

#include "../src/core/TileGrid.h"
#include <doctest/doctest.h>

using adhoc::ScreenRect;
using adhoc::TileGrid;
using adhoc::TileSpan;

namespace {
bool same(const TileSpan& s, int firstColumn, int endColumn, int firstRow, int rowCount, int mark) {
    return s.firstColumn == firstColumn && s.endColumn == endColumn && s.firstRow == firstRow &&
           s.rowCount == rowCount && s.mark == mark;
}
}  // namespace

TEST_CASE("tile_grid_merges_runs_of_one_mark_only") {
    // 1 1 2 .
    // 1 1 2 2
    const std::vector<std::uint8_t> marks = {1, 1, 2, 0, 1, 1, 2, 2};
    const auto spans = TileGrid::merge(marks, 4, 2, 4);
    REQUIRE_EQ(spans.size(), 3u);
    int found = 0;
    for (const TileSpan& s : spans)
        found += same(s, 0, 2, 0, 2, 1) + same(s, 2, 3, 0, 1, 2) + same(s, 2, 4, 1, 1, 2);
    CHECK_EQ(found, 3);
}

TEST_CASE("tile_grid_spans_stop_at_the_row_limit") {
    const std::vector<std::uint8_t> marks(5, 1);  // one column, five rows
    const auto spans = TileGrid::merge(marks, 1, 5, 2);
    REQUIRE_EQ(spans.size(), 3u);
    int rows = 0;
    for (const TileSpan& s : spans) {
        CHECK(s.rowCount <= 2);
        rows += s.rowCount;
    }
    CHECK_EQ(rows, 5);
    CHECK(TileGrid::merge({}, 0, 0, 4).empty());
}

TEST_CASE("tile_grid_area_is_cut_to_the_clip") {
    CHECK_EQ(TileGrid::tilesFor(0), 0);
    CHECK_EQ(TileGrid::tilesFor(64), 1);
    CHECK_EQ(TileGrid::tilesFor(65), 2);
    CHECK(TileGrid::area({2, 4, 1, 1, 1}, {0, 0, 200, 100}) == ScreenRect{128, 64, 72, 36});
    CHECK(TileGrid::area({0, 1, 0, 1, 1}, {30, 20, 100, 10}) == ScreenRect{30, 20, 34, 10});
    CHECK(TileGrid::area({3, 4, 0, 1, 1}, {0, 0, 100, 100}) == ScreenRect{});  // outside
}

TEST_CASE("tile_grid_names_the_tiles_a_rect_touches_within_the_frame") {
    const TileGrid grid(200, 100);  // 4 columns (the last 8 wide), 2 rows (the last 36 high)
    const adhoc::TileRange inside = grid.touching({63, 10, 2, 60});
    CHECK(inside.firstColumn == 0);
    CHECK(inside.endColumn == 2);
    CHECK(inside.firstRow == 0);
    CHECK(inside.endRow == 2);
    const adhoc::TileRange across = grid.touching({-10, 90, 500, 50});  // cut to the frame
    CHECK(across.firstColumn == 0);
    CHECK(across.endColumn == 4);
    CHECK(across.firstRow == 1);
    CHECK(across.endRow == 2);
    CHECK(grid.touching({300, 0, 10, 10}).empty());
    CHECK(grid.touching({0, 0, 0, 0}).empty());
    CHECK(grid.touching({0, 0, 10, 0}).empty());
}
