// TileDiff: see TileDiff.h.
#include "TileDiff.h"

#include <algorithm>
#include <cstring>

namespace adhoc {

void TileDiff::resize(int width, int height) {
    width_ = std::max(width, 0);
    height_ = std::max(height, 0);
    columns_ = (width_ + kTileSize - 1) / kTileSize;
    rows_ = (height_ + kTileSize - 1) / kTileSize;
    dirty_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_), 1);
    markAll();
}

TileDiff::Box TileDiff::tileBox(int column, int row) const {
    return {column * kTileSize, row * kTileSize, std::min((column + 1) * kTileSize, width_),
            std::min((row + 1) * kTileSize, height_)};
}

bool TileDiff::compare(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride) {
    return compareArea(previous, current, stride, {0, 0, width_, height_});
}

bool TileDiff::compareArea(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride,
                           const ScreenRect& area) {
    const int firstColumn = std::max(0, area.x / kTileSize);
    const int endColumn = std::min(columns_, (area.x + area.width + kTileSize - 1) / kTileSize);
    const int firstRow = std::max(0, area.y / kTileSize);
    const int endRow = std::min(rows_, (area.y + area.height + kTileSize - 1) / kTileSize);
    bool marked = false;
    // Row by row across the tiles of a band, so memory is read in order.
    for (int row = firstRow; row < endRow; ++row) {
        const std::size_t first = static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_);
        const int top = row * kTileSize;
        const int bottom = std::min(top + kTileSize, height_);
        for (int y = top; y < bottom; ++y) {
            const std::size_t lineOffset = static_cast<std::size_t>(y) * stride;
            for (int column = firstColumn; column < endColumn; ++column) {
                Box& box = boxes_[first + static_cast<std::size_t>(column)];
                const int left = column * kTileSize;
                const int right = std::min(left + kTileSize, width_);
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
                if (box.right <= box.left) {
                    box = {left + from, y, left + to + 1, y + 1};
                } else {
                    box.left = std::min(box.left, left + from);
                    box.right = std::max(box.right, left + to + 1);
                    box.top = std::min(box.top, y);
                    box.bottom = std::max(box.bottom, y + 1);
                }
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
    for (int row = 0; row < rows_; ++row)
        for (int column = 0; column < columns_; ++column)
            boxes_[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(column)] =
                tileBox(column, row);
}

bool TileDiff::hasChanges() const { return std::find(dirty_.begin(), dirty_.end(), 1) != dirty_.end(); }

std::vector<ScreenRect> TileDiff::takeRects() {
    struct TileRect {
        int firstColumn, endColumn, firstRow, rowCount;
    };
    std::vector<TileRect> done, open;
    for (int row = 0; row < rows_; ++row) {
        std::vector<TileRect> continued;
        const std::uint8_t* band = &dirty_[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_)];
        for (int column = 0; column < columns_;) {
            if (!band[column]) {
                ++column;
                continue;
            }
            int end = column;
            while (end < columns_ && band[end]) ++end;
            auto above = std::find_if(open.begin(), open.end(), [&](const TileRect& r) {
                return r.firstColumn == column && r.endColumn == end && r.rowCount < kMaxRectTileRows;
            });
            if (above != open.end()) {
                continued.push_back({column, end, above->firstRow, above->rowCount + 1});
                open.erase(above);
            } else {
                continued.push_back({column, end, row, 1});
            }
            column = end;
        }
        done.insert(done.end(), open.begin(), open.end());
        open = std::move(continued);
    }
    done.insert(done.end(), open.begin(), open.end());
    std::fill(dirty_.begin(), dirty_.end(), 0);
    std::vector<Box> boxes(boxes_.size());
    boxes.swap(boxes_);

    std::vector<ScreenRect> rects;
    rects.reserve(done.size());
    for (const TileRect& t : done) {
        ScreenRect r;
        r.x = t.firstColumn * kTileSize;
        r.y = t.firstRow * kTileSize;
        r.width = std::min(t.endColumn * kTileSize, width_) - r.x;
        r.height = std::min((t.firstRow + t.rowCount) * kTileSize, height_) - r.y;
        Box u{r.x + r.width, r.y + r.height, r.x, r.y};
        for (int row = t.firstRow; row < t.firstRow + t.rowCount; ++row) {
            for (int column = t.firstColumn; column < t.endColumn; ++column) {
                const Box& b = boxes[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_) +
                                     static_cast<std::size_t>(column)];
                if (b.right <= b.left) continue;
                u = {std::min(u.left, b.left), std::min(u.top, b.top), std::max(u.right, b.right),
                     std::max(u.bottom, b.bottom)};
            }
        }
        if (u.right > u.left) r = {u.left, u.top, u.right - u.left, u.bottom - u.top};
        rects.push_back(r);
    }
    std::sort(rects.begin(), rects.end(),
              [](const ScreenRect& a, const ScreenRect& b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
    return rects;
}

}  // namespace adhoc
