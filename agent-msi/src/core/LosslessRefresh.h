// LosslessRefresh: which tiles of the screen the viewer holds only as JPEG, and when to send
// them again losslessly, as TigerVNC does after its JPEG rects. A tile sent lossy becomes
// pending; once nothing has been sent for it for kQuietMs it is due, and takeDue hands out a
// bounded number of due tiles as rects for a lossless refresh, leaving out those the caller
// says would not pay (a photo's tiles stay JPEG). Any change sent for a pending tile
// restarts its quiet time (a tile that keeps changing, a video, is never refreshed between
// its frames); a lossless rect that covers a tile whole makes it exact again, so it drops
// out. The refresh sends whole tiles (cut at the frame's edges). Portable.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

#include "MoveDetector.h"
#include "TileGrid.h"

namespace adhoc {

class LosslessRefresh {
public:
    // 400 ms: while the screen changes it is captured every 33 ms (CapturePacer), so a due
    // tile has been seen unchanged by about a dozen captures. Content that moves at three
    // frames a second or faster (video, an animation, a slideshow's transition) changes again
    // first, so no refresh (about five times a JPEG tile's bytes) is spent on a frame that is
    // about to go; a photo that has landed turns sharp within half a second, about when the
    // eye settles on its detail.
    static constexpr std::int64_t kQuietMs = 400;
    // And no refresh while changes stream: only once no change has been sent for 100 ms
    // (three captures at the fast rate). Typing, a drag or a video of 10 frames a second or
    // more leaves no such gap, so a refresh never takes the window's room or the capture
    // thread's time from a live change; it goes into the pauses between bursts.
    static constexpr std::int64_t kGapMs = 100;
    // At most 16 tiles (65,536 pixels; camera noise coded losslessly is at most about
    // 200 KB) per refresh frame, so a fresh change never waits behind more than that; a
    // full-screen photo on 1920x1080 is refreshed in about 32 frames.
    static constexpr int kMaxTilesPerFrame = 16;
    static constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();

    // Sets the frame size and forgets every pending tile (a full frame follows).
    void resize(int width, int height);
    int width() const { return grid_.width(); }
    int height() const { return grid_.height(); }
    // Forgets every pending tile: a full frame is on its way.
    void clear();
    // `rect` of the frame was sent at `nowMs`, lossy (JPEG) or not.
    void sent(const ScreenRect& rect, bool lossy, std::int64_t nowMs);
    // The viewer copied a block of its canvas at `nowMs` (a Copy rect): a tile it reached is
    // pending when what it copied there was, exact when it was exact and covered the tile.
    void copied(const ScreenMove& move, std::int64_t nowMs);
    bool hasPending() const;
    // When the first pending tile falls due and the gap after the last change has passed
    // (perhaps already); kNever when none is pending.
    std::int64_t nextDueAtMs() const;
    // Whether a tile (its area on the current screen) is worth sending again losslessly.
    using LosslessPays = std::function<bool(const ScreenRect& tile)>;
    // Up to `maxTiles` due tiles that `pays` accepts (all when it is empty), in screen order,
    // merged into rects (top to bottom). Due tiles are no longer pending, refused ones
    // included: they stay as the viewer has them until they change again. Empty when none is
    // due, or within kGapMs of the last change sent.
    std::vector<ScreenRect> takeDue(std::int64_t nowMs, const LosslessPays& pays = {},
                                    int maxTiles = kMaxTilesPerFrame);

private:
    static constexpr std::int64_t kExact = -1;  // quietSince_ of a tile the viewer holds exactly

    TileGrid grid_;
    std::int64_t lastChangeMs_ = std::numeric_limits<std::int64_t>::min() / 2;
    // Per tile, row-major: when its last lossy or later change was sent, or kExact.
    std::vector<std::int64_t> quietSince_;
};

}  // namespace adhoc
