// TileDiff: see TileDiff.h.
#include "TileDiff.h"

#include <algorithm>
#include <cstring>

namespace adhoc {

void TileDiff::resize(int width, int height) {
    grid_ = TileGrid(width, height);
    dirty_.assign(grid_.tiles(), 1);
    markAll();
}

TileDiff::Box TileDiff::tileBox(int column, int row) const {
    const ScreenRect tile = grid_.tileArea(column, row);
    return {tile.x, tile.y, tile.x + tile.width, tile.y + tile.height};
}

TileDiff::Box TileDiff::united(const Box& a, const Box& b) {
    return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right), std::max(a.bottom, b.bottom)};
}

bool TileDiff::compare(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride) {
    return compareArea(previous, current, stride, grid_.frame());
}

bool TileDiff::compareArea(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride,
                           const ScreenRect& area) {
    const TileRange range = grid_.touching(area);
    bool marked = false;
    // Row by row across the tiles of a band, so memory is read in order.
    for (int row = range.firstRow; row < range.endRow; ++row) {
        const std::size_t first = grid_.index(0, row);
        const int top = row * kTileSize;
        const int bottom = std::min(top + kTileSize, grid_.height());
        for (int y = top; y < bottom; ++y) {
            const std::size_t lineOffset = static_cast<std::size_t>(y) * stride;
            for (int column = range.firstColumn; column < range.endColumn; ++column) {
                Box& box = boxes_[first + static_cast<std::size_t>(column)];
                const int left = column * kTileSize;
                const int right = std::min(left + kTileSize, grid_.width());
                if (box.left == left && box.right == right && y >= box.top && y < box.bottom) continue;
                const std::size_t offset = lineOffset + static_cast<std::size_t>(left) * 4;
                const std::size_t bytes = static_cast<std::size_t>(right - left) * 4;
                if (std::memcmp(previous + offset, current + offset, bytes) == 0) continue;
                // The first and last changed pixels of this line in this tile.
                const std::uint8_t* a = previous + offset;
                const std::uint8_t* b = current + offset;
                int from = 0;
                while (std::memcmp(a + from * 4, b + from * 4, 4) == 0) ++from;
                int to = right - left - 1;
                while (std::memcmp(a + to * 4, b + to * 4, 4) == 0) --to;
                const Box line{left + from, y, left + to + 1, y + 1};
                box = box.right <= box.left ? line : united(box, line);
                dirty_[first + static_cast<std::size_t>(column)] = 1;
                marked = true;
            }
        }
    }
    return marked;
}

void TileDiff::markAll() {
    std::fill(dirty_.begin(), dirty_.end(), 1);
    boxes_.resize(dirty_.size());
    for (int row = 0; row < grid_.rows(); ++row)
        for (int column = 0; column < grid_.columns(); ++column)
            boxes_[grid_.index(column, row)] =
                tileBox(column, row);
}

bool TileDiff::hasChanges() const { return std::find(dirty_.begin(), dirty_.end(), 1) != dirty_.end(); }

ScreenRect TileDiff::changedBounds() const {
    Box u{grid_.width(), grid_.height(), 0, 0};
    for (std::size_t i = 0; i < dirty_.size(); ++i) {
        const Box& b = boxes_[i];
        if (!dirty_[i] || b.right <= b.left) continue;
        u = united(u, b);
    }
    return u.right > u.left ? ScreenRect{u.left, u.top, u.right - u.left, u.bottom - u.top} : ScreenRect{};
}

void TileDiff::clear() {
    std::fill(dirty_.begin(), dirty_.end(), 0);
    std::fill(boxes_.begin(), boxes_.end(), Box{});
}

std::vector<ScreenRect> TileDiff::takeRects() {
    const std::vector<TileSpan> done = TileGrid::merge(dirty_, grid_.columns(), grid_.rows(), kMaxRectTileRows);
    std::fill(dirty_.begin(), dirty_.end(), 0);
    std::vector<Box> boxes(boxes_.size());
    boxes.swap(boxes_);

    std::vector<ScreenRect> rects;
    rects.reserve(done.size());
    for (const TileSpan& t : done) {
        ScreenRect r = TileGrid::area(t, grid_.frame());
        Box u{r.x + r.width, r.y + r.height, r.x, r.y};
        for (int row = t.firstRow; row < t.firstRow + t.rowCount; ++row) {
            for (int column = t.firstColumn; column < t.endColumn; ++column) {
                const Box& b = boxes[grid_.index(column, row)];
                if (b.right <= b.left) continue;
                u = united(u, b);
            }
        }
        if (u.right > u.left) r = {u.left, u.top, u.right - u.left, u.bottom - u.top};
        rects.push_back(r);
    }
    std::sort(rects.begin(), rects.end(), [](const ScreenRect& a, const ScreenRect& b) { return a.precedes(b); });
    return rects;
}

}  // namespace adhoc
