// RectUnionTest: a frame's changed rects go as their box when they cover at least half of
// it (things moving all over an area), and as they are when the box would mostly resend
// unchanged pixels (a typed key and a clock in opposite corners) or there is one rect.
#include <cstdint>
#include <vector>

#include "../src/core/RectUnion.h"
#include "../src/core/TileDiff.h"
#include <doctest/doctest.h>

using adhoc::RectUnion;
using adhoc::ScreenRect;
using adhoc::TileDiff;

TEST_CASE("rect_union_changes_all_over_an_area_go_as_its_box") {
    // Two tiles in three changed over a 512x512 area of a 1024x768 screen, as moving discs
    // change it: TileDiff hands out a rect per run of tiles, and they cover most of their box.
    const int width = 1024, height = 768;
    std::vector<std::uint8_t> before(static_cast<std::size_t>(width) * height * 4, 0xF0), after = before;
    for (int y = 64; y < 576; ++y)
        for (int x = 192; x < 704; ++x)
            if ((x / 64 + y / 64) % 3 != 0) after[(static_cast<std::size_t>(y) * width + x) * 4] = 0x10;
    TileDiff diff;
    diff.resize(width, height);
    diff.clear();
    REQUIRE(diff.compare(before.data(), after.data(), static_cast<std::size_t>(width) * 4));
    const std::vector<ScreenRect> rects = diff.takeRects();
    REQUIRE(rects.size() > 4);
    const ScreenRect box = RectUnion::worthSending(rects);
    CHECK(box == ScreenRect{192, 64, 512, 512});
}

TEST_CASE("rect_union_far_apart_changes_go_as_they_are") {
    // A typed character near the top left and the clock at the bottom right.
    CHECK(RectUnion::worthSending({{40, 30, 9, 18}, {1860, 1050, 50, 16}}).width == 0);
    // Two windows changing side by side with a wide gap: 2 x 300x200 in a 1300x200 box.
    CHECK(RectUnion::worthSending({{0, 0, 300, 200}, {1000, 0, 300, 200}}).width == 0);
}

TEST_CASE("rect_union_half_the_box_is_enough") {
    CHECK(RectUnion::worthSending({{0, 0, 300, 200}, {600, 0, 300, 200}, {300, 0, 150, 200}}) ==
          ScreenRect{0, 0, 900, 200});  // 750 of 900 columns
    CHECK(RectUnion::worthSending({{0, 0, 100, 100}, {100, 100, 100, 100}}) == ScreenRect{0, 0, 200, 200});  // exactly half
    CHECK(RectUnion::worthSending({{0, 0, 100, 100}, {101, 100, 100, 100}}).width == 0);  // just under
}

TEST_CASE("rect_union_one_rect_is_sent_as_it_is") {
    CHECK(RectUnion::worthSending({{10, 20, 64, 64}}).width == 0);
    CHECK(RectUnion::worthSending({}).width == 0);
}
