// MoveDetectorTest: a window dragged over a wallpaper and a page scrolled are found as moves
// whose block equals the capture before moved back, and nothing is found where nothing moved:
// new content, a block too small to pay, a move farther than the search reaches, a flat block.
// Applied to the capture before, a move gives the new capture's block, whichever way it overlaps.
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "../src/core/MoveDetector.h"
#include <doctest/doctest.h>

using adhoc::MoveDetector;
using adhoc::ScreenMove;
using adhoc::ScreenRect;

namespace {

struct Frame {
    int width, height;
    std::vector<std::uint32_t> pixels;
    Frame(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h) {}
    std::uint32_t& at(int x, int y) { return pixels[static_cast<std::size_t>(y) * width + x]; }
    std::uint32_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * width + x]; }
    const std::uint8_t* bytes() const { return reinterpret_cast<const std::uint8_t*>(pixels.data()); }
    std::size_t stride() const { return static_cast<std::size_t>(width) * 4; }
};

// A smooth wallpaper: no piece of it matches itself moved.
Frame wallpaper(int width, int height) {
    Frame f(width, height);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) f.at(x, y) = static_cast<std::uint32_t>(x * 7 + y * 131072 + (x * y) % 97);
    return f;
}

// Content with detail everywhere (a window's text, a photo): pixels from a small generator.
std::uint32_t detail(std::uint32_t seed) {
    seed ^= seed << 13;
    seed ^= seed >> 17;
    seed ^= seed << 5;
    return seed & 0xFFFFFF;
}

void paintWindow(Frame& f, const ScreenRect& r, std::uint32_t seed) {
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x)
            f.at(r.x + x, r.y + y) = detail(seed + static_cast<std::uint32_t>(y * 4096 + x + 1));
}

// A window of text: lines of detail 10 px high between flat bands (where no piece has any).
void paintTextWindow(Frame& f, const ScreenRect& r) {
    paintWindow(f, r, 1);
    for (int y = 0; y < r.height; ++y)
        if (y % 24 >= 10)
            for (int x = 0; x < r.width; ++x) f.at(r.x + x, r.y + y) = 0xF0F0F0;
}

ScreenMove find(const Frame& before, const Frame& after, const ScreenRect& changed) {
    return MoveDetector::find(before.bytes(), after.bytes(), after.stride(), after.width, after.height, changed);
}

// Every pixel of the move's block equals the capture before at its source.
bool blockMatches(const Frame& before, const Frame& after, const ScreenMove& move) {
    for (int y = 0; y < move.to.height; ++y)
        for (int x = 0; x < move.to.width; ++x)
            if (after.at(move.to.x + x, move.to.y + y) != before.at(move.from().x + x, move.from().y + y)) return false;
    return true;
}

ScreenRect bounds(const ScreenRect& a, const ScreenRect& b) {
    const int left = std::min(a.x, b.x), top = std::min(a.y, b.y);
    return {left, top, std::max(a.x + a.width, b.x + b.width) - left, std::max(a.y + a.height, b.y + b.height) - top};
}

}  // namespace

TEST_CASE("move_detector_finds_a_window_of_text_dragged_over_a_wallpaper") {
    const ScreenRect before{300, 200, 800, 560};
    const ScreenRect after{324, 192, 800, 560};  // 24 px right, 8 px up
    Frame first = wallpaper(1920, 1080);
    Frame second = first;
    paintTextWindow(first, before);
    paintTextWindow(second, after);
    const ScreenMove move = find(first, second, bounds(before, after));
    REQUIRE(move.found());
    CHECK_EQ(move.dx, 24);
    CHECK_EQ(move.dy, -8);
    CHECK(move.to == after);
    CHECK(blockMatches(first, second, move));
}

TEST_CASE("move_detector_moves_a_block_as_the_viewer_copies_it_whichever_way_it_overlaps") {
    const ScreenRect block{100, 100, 300, 200};
    for (const auto& [dx, dy] : {std::pair{24, -8}, std::pair{-24, 8}, std::pair{0, 48}, std::pair{0, -48},
                                 std::pair{1, 0}, std::pair{-1, 0}}) {
        Frame before = wallpaper(640, 480);
        paintWindow(before, block, 3);
        const ScreenMove move{{block.x + dx, block.y + dy, block.width, block.height}, dx, dy};
        Frame moved = before;
        MoveDetector::apply(reinterpret_cast<std::uint8_t*>(moved.pixels.data()), moved.stride(), move);
        CAPTURE(dx);
        CAPTURE(dy);
        CHECK(blockMatches(before, moved, move));
    }
}

TEST_CASE("move_detector_finds_a_page_scrolled_by_three_lines") {
    const ScreenRect page{100, 100, 1000, 800};
    Frame first = wallpaper(1280, 1024);
    paintWindow(first, page, 7);
    Frame second = first;
    // The page's content moves up 48 px; new lines appear at its bottom.
    for (int y = 0; y < page.height - 48; ++y)
        for (int x = 0; x < page.width; ++x) second.at(page.x + x, page.y + y) = first.at(page.x + x, page.y + y + 48);
    paintWindow(second, {page.x, page.y + page.height - 48, page.width, 48}, 99);
    const ScreenMove move = find(first, second, page);
    REQUIRE(move.found());
    CHECK_EQ(move.dx, 0);
    CHECK_EQ(move.dy, -48);
    CHECK(move.to == ScreenRect{page.x, page.y, page.width, page.height - 48});
    CHECK(blockMatches(first, second, move));
}

TEST_CASE("move_detector_finds_nothing_where_nothing_moved") {
    const ScreenRect area{200, 200, 640, 480};
    Frame first = wallpaper(1280, 1024);
    paintWindow(first, area, 1);

    SUBCASE("new content, as a video's next frame") {
        Frame second = first;
        paintWindow(second, area, 5000);
        CHECK(!find(first, second, area).found());
    }
    SUBCASE("a block too small to be worth a copy") {
        const ScreenRect small{200, 200, 100, 100};
        Frame a = wallpaper(1280, 1024), b = a;
        paintWindow(a, small, 1);
        paintWindow(b, {small.x + 10, small.y, small.width, small.height}, 1);
        CHECK(!find(a, b, {small.x, small.y, small.width + 10, small.height}).found());
    }
    SUBCASE("a move farther than the search reaches") {
        const int far = MoveDetector::kMaxShift + 1;
        Frame second = wallpaper(1280, 1024);
        paintWindow(second, {area.x + far, area.y, area.width, area.height}, 1);
        CHECK(!find(first, second, {area.x, area.y, area.width + far, area.height}).found());
    }
    SUBCASE("a flat block, whose pieces match anywhere") {
        Frame a = wallpaper(1280, 1024), b = a;
        for (int y = 0; y < area.height; ++y)
            for (int x = 0; x < area.width; ++x) {
                a.at(area.x + x, area.y + y) = 0xFFFFFF;
                b.at(area.x + 20 + x, area.y + y) = 0xFFFFFF;
            }
        CHECK(!find(a, b, {area.x, area.y, area.width + 20, area.height}).found());
    }
}
