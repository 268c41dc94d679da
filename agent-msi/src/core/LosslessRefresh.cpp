// LosslessRefresh: see LosslessRefresh.h.
#include "LosslessRefresh.h"

#include <algorithm>

namespace adhoc {

void LosslessRefresh::resize(int width, int height) {
    grid_ = TileGrid(width, height);
    quietSince_.assign(grid_.tiles(), kExact);
}

void LosslessRefresh::clear() { std::fill(quietSince_.begin(), quietSince_.end(), kExact); }

void LosslessRefresh::sent(const ScreenRect& rect, bool lossy, std::int64_t nowMs) {
    const TileRange range = grid_.touching(rect);
    if (!range.empty()) lastChangeMs_ = std::max(lastChangeMs_, nowMs);
    for (int row = range.firstRow; row < range.endRow; ++row) {
        for (int column = range.firstColumn; column < range.endColumn; ++column) {
            std::int64_t& since = quietSince_[grid_.index(column, row)];
            if (lossy) {
                since = nowMs;
                continue;
            }
            if (since == kExact) continue;
            const ScreenRect tile = grid_.tileArea(column, row);
            const bool covers = rect.x <= tile.x && rect.y <= tile.y && rect.x + rect.width >= tile.x + tile.width &&
                                rect.y + rect.height >= tile.y + tile.height;
            since = covers ? kExact : nowMs;
        }
    }
}

void LosslessRefresh::copied(const ScreenMove& move, std::int64_t nowMs) {
    const TileRange range = grid_.touching(move.to);
    if (range.empty()) return;
    lastChangeMs_ = std::max(lastChangeMs_, nowMs);
    const std::vector<std::int64_t> before = quietSince_;
    for (int row = range.firstRow; row < range.endRow; ++row) {
        for (int column = range.firstColumn; column < range.endColumn; ++column) {
            const ScreenRect tile = grid_.tileArea(column, row);
            const int left = std::max(tile.x, move.to.x);
            const int top = std::max(tile.y, move.to.y);
            const int right = std::min(tile.x + tile.width, move.to.x + move.to.width);
            const int bottom = std::min(tile.y + tile.height, move.to.y + move.to.height);
            const TileRange sources = grid_.touching({left - move.dx, top - move.dy, right - left, bottom - top});
            bool lossy = false;
            for (int r = sources.firstRow; r < sources.endRow && !lossy; ++r)
                for (int c = sources.firstColumn; c < sources.endColumn && !lossy; ++c)
                    lossy = before[grid_.index(c, r)] != kExact;
            std::int64_t& since = quietSince_[grid_.index(column, row)];
            const bool covers = right - left == tile.width && bottom - top == tile.height;
            if (lossy) since = nowMs;
            else if (covers) since = kExact;
        }
    }
}

bool LosslessRefresh::hasPending() const {
    return std::any_of(quietSince_.begin(), quietSince_.end(), [](std::int64_t since) { return since != kExact; });
}

std::int64_t LosslessRefresh::nextDueAtMs() const {
    std::int64_t first = kNever;
    for (const std::int64_t since : quietSince_)
        if (since != kExact) first = std::min(first, since + kQuietMs);
    return first == kNever ? kNever : std::max(first, lastChangeMs_ + kGapMs);
}

std::vector<ScreenRect> LosslessRefresh::takeDue(std::int64_t nowMs, const LosslessPays& pays, int maxTiles) {
    if (nowMs - lastChangeMs_ < kGapMs) return {};
    std::vector<std::uint8_t> marks(quietSince_.size(), 0);
    int taken = 0;
    for (std::size_t i = 0; i < quietSince_.size() && taken < maxTiles; ++i) {
        if (quietSince_[i] == kExact || nowMs - quietSince_[i] < kQuietMs) continue;
        quietSince_[i] = kExact;
        const auto column = static_cast<int>(i % static_cast<std::size_t>(grid_.columns()));
        const auto row = static_cast<int>(i / static_cast<std::size_t>(grid_.columns()));
        if (pays && !pays(grid_.tileArea(column, row))) continue;
        marks[i] = 1;
        ++taken;
    }
    std::vector<ScreenRect> rects;
    if (taken == 0) return rects;
    for (const TileSpan& span : TileGrid::merge(marks, grid_.columns(), grid_.rows(), grid_.rows()))
        rects.push_back(TileGrid::area(span, grid_.frame()));
    std::sort(rects.begin(), rects.end(), [](const ScreenRect& a, const ScreenRect& b) { return a.precedes(b); });
    return rects;
}

}  // namespace adhoc
