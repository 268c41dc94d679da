// ViewerScreenTest: the viewer's picture follows the frames sent (copies, then rects), and a
// window dragged twice while the viewer was behind goes as one copy from that picture, after
// which only the strips it uncovered differ, as the streamer sends them.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "../src/core/MoveDetector.h"
#include "../src/core/TileDiff.h"
#include "../src/core/ViewerScreen.h"
#include <doctest/doctest.h>

using adhoc::MoveDetector;
using adhoc::ScreenMove;
using adhoc::ScreenRect;
using adhoc::TileDiff;
using adhoc::ViewerScreen;

namespace {

constexpr int kWidth = 1024;
constexpr int kHeight = 768;

using Pixels = std::vector<std::uint32_t>;

const std::uint8_t* bytesOf(const Pixels& p) { return reinterpret_cast<const std::uint8_t*>(p.data()); }

// A smooth wallpaper with a window of detail (text, boxes) at `window`.
Pixels screenWithWindow(const ScreenRect& window) {
    Pixels p(static_cast<std::size_t>(kWidth) * kHeight);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            const bool inside = x >= window.x && x < window.x + window.width && y >= window.y &&
                                y < window.y + window.height;
            std::uint32_t v = inside ? static_cast<std::uint32_t>((x - window.x) * 2654435761u ^ (y - window.y) * 40503u)
                                     : static_cast<std::uint32_t>(x * 7 + y * 131072 + (x * y) % 97);
            p[static_cast<std::size_t>(y) * kWidth + x] = v & 0xFFFFFF;
        }
    return p;
}

bool shows(const ViewerScreen& viewer, const Pixels& frame) {
    return std::equal(frame.begin(), frame.end(), reinterpret_cast<const std::uint32_t*>(viewer.bits()));
}

}  // namespace

TEST_CASE("viewer_screen_draws_rects_and_copies_blocks_as_the_viewer_does") {
    const Pixels first = screenWithWindow({100, 100, 300, 200});
    ViewerScreen viewer;
    viewer.resize(kWidth, kHeight);
    CHECK(!shows(viewer, first));
    viewer.draw(bytesOf(first), kWidth * 4, {0, 0, kWidth, kHeight});
    CHECK(shows(viewer, first));

    // Dragged 40 px right: the block copied, then the strip it uncovered drawn.
    const Pixels second = screenWithWindow({140, 100, 300, 200});
    viewer.copy({{140, 100, 300, 200}, 40, 0});
    CHECK(!shows(viewer, second));
    viewer.draw(bytesOf(second), kWidth * 4, {100, 100, 40, 200});
    CHECK(shows(viewer, second));
}

TEST_CASE("viewer_screen_finds_a_window_dragged_twice_while_the_viewer_was_behind_as_one_copy") {
    const ScreenRect sent{200, 150, 400, 300};
    const Pixels shown = screenWithWindow(sent);
    ViewerScreen viewer;
    viewer.resize(kWidth, kHeight);
    viewer.draw(bytesOf(shown), kWidth * 4, {0, 0, kWidth, kHeight});

    // Two captures while frames waited for their acknowledgement: each dragged 24 px right and
    // 8 px up; their changes accumulate as marks.
    const Pixels between = screenWithWindow({224, 142, 400, 300});
    const Pixels latest = screenWithWindow({248, 134, 400, 300});
    TileDiff diff;
    diff.resize(kWidth, kHeight);
    diff.takeRects();
    CHECK(diff.compare(bytesOf(shown), bytesOf(between), kWidth * 4));
    CHECK(diff.compare(bytesOf(between), bytesOf(latest), kWidth * 4));

    // Against the capture before, the latest drag alone; against the viewer's picture, both.
    const ScreenRect changed = diff.changedBounds();
    const ScreenMove move = MoveDetector::find(viewer.bits(), bytesOf(latest), viewer.stride(), kWidth, kHeight, changed);
    REQUIRE(move.found());
    CHECK_EQ(move.dx, 48);
    CHECK_EQ(move.dy, -16);
    CHECK(move.to == ScreenRect{248, 134, 400, 300});

    viewer.copy(move);
    diff.clear();
    diff.compareArea(viewer.bits(), bytesOf(latest), viewer.stride(), changed);
    long long pixels = 0;
    for (const ScreenRect& r : diff.takeRects()) {
        viewer.draw(bytesOf(latest), kWidth * 4, r);
        pixels += static_cast<long long>(r.width) * r.height;
    }
    // The strips uncovered (48 px at the left, 16 at the bottom), in the tiles' boxes (a tile
    // row that holds both is one rect): not the window again (120,000 pixels).
    CHECK(pixels >= 48LL * 300 + 16LL * 352);
    CHECK(pixels < 400LL * 300 / 2);
    CHECK(shows(viewer, latest));
}
