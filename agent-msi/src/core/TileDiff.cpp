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
}

bool TileDiff::compare(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride) {
    bool marked = false;
    // Row by row across the tiles of a band, so memory is read in order.
    for (int row = 0; row < rows_; ++row) {
        std::uint8_t* band = &dirty_[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_)];
        const int top = row * kTileSize;
        const int bottom = std::min(top + kTileSize, height_);
        for (int y = top; y < bottom; ++y) {
            const std::size_t lineOffset = static_cast<std::size_t>(y) * stride;
            for (int column = 0; column < columns_; ++column) {
                if (band[column]) continue;
                const int left = column * kTileSize;
                const std::size_t bytes = static_cast<std::size_t>(std::min(kTileSize, width_ - left)) * 4;
                const std::size_t offset = lineOffset + static_cast<std::size_t>(left) * 4;
                if (std::memcmp(previous + offset, current + offset, bytes) != 0) {
                    band[column] = 1;
                    marked = true;
                }
            }
        }
    }
    return marked;
}

void TileDiff::markAll() { std::fill(dirty_.begin(), dirty_.end(), 1); }

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

    std::vector<ScreenRect> rects;
    rects.reserve(done.size());
    for (const TileRect& t : done) {
        ScreenRect r;
        r.x = t.firstColumn * kTileSize;
        r.y = t.firstRow * kTileSize;
        r.width = std::min(t.endColumn * kTileSize, width_) - r.x;
        r.height = std::min((t.firstRow + t.rowCount) * kTileSize, height_) - r.y;
        rects.push_back(r);
    }
    std::sort(rects.begin(), rects.end(),
              [](const ScreenRect& a, const ScreenRect& b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
    return rects;
}

}  // namespace adhoc
