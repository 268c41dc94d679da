// TileGrid: see TileGrid.h.
#include "TileGrid.h"

#include <algorithm>
#include <cstring>

namespace adhoc {

void copyPixels(const std::uint8_t* from, std::size_t fromStride, std::uint8_t* to, std::size_t toStride,
                const ScreenRect& rect) {
    const std::size_t x = static_cast<std::size_t>(rect.x) * 4, bytes = static_cast<std::size_t>(rect.width) * 4;
    for (int row = rect.y; row < rect.y + rect.height; ++row)
        std::memcpy(to + static_cast<std::size_t>(row) * toStride + x, from + static_cast<std::size_t>(row) * fromStride + x, bytes);
}

TileRange TileGrid::touching(const ScreenRect& rect) const {
    const int left = std::max(rect.x, 0);
    const int top = std::max(rect.y, 0);
    const int right = std::min(rect.x + rect.width, width_);
    const int bottom = std::min(rect.y + rect.height, height_);
    if (right <= left || bottom <= top) return {};
    return {left / kTileSize, tilesFor(right), top / kTileSize, tilesFor(bottom)};
}

TileGrid::TileGrid(int width, int height)
    : width_(std::max(width, 0)), height_(std::max(height, 0)), columns_(tilesFor(width_)), rows_(tilesFor(height_)) {}

std::vector<TileSpan> TileGrid::merge(const std::vector<std::uint8_t>& marks, int columns, int rows, int maxRows) {
    std::vector<TileSpan> done, open;
    for (int row = 0; row < rows; ++row) {
        std::vector<TileSpan> continued;
        const std::uint8_t* band = &marks[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns)];
        for (int column = 0; column < columns;) {
            const std::uint8_t mark = band[column];
            if (!mark) {
                ++column;
                continue;
            }
            int end = column;
            while (end < columns && band[end] == mark) ++end;
            auto above = std::find_if(open.begin(), open.end(), [&](const TileSpan& s) {
                return s.firstColumn == column && s.endColumn == end && s.mark == mark && s.rowCount < maxRows;
            });
            if (above != open.end()) {
                continued.push_back({column, end, above->firstRow, above->rowCount + 1, mark});
                open.erase(above);
            } else {
                continued.push_back({column, end, row, 1, mark});
            }
            column = end;
        }
        done.insert(done.end(), open.begin(), open.end());
        open = std::move(continued);
    }
    done.insert(done.end(), open.begin(), open.end());
    return done;
}

ScreenRect TileGrid::area(const TileSpan& span, const ScreenRect& clip) {
    const int left = std::max(span.firstColumn * kTileSize, clip.x);
    const int top = std::max(span.firstRow * kTileSize, clip.y);
    const int right = std::min(span.endColumn * kTileSize, clip.x + clip.width);
    const int bottom = std::min((span.firstRow + span.rowCount) * kTileSize, clip.y + clip.height);
    if (right <= left || bottom <= top) return {};
    return {left, top, right - left, bottom - top};
}

}  // namespace adhoc
