// TileGrid: a frame's grid of 64x64 tiles (the last column and row cut short by the
// frame's edges), and how marked tiles merge into few rectangles: runs of equally marked
// tiles in a row, joined with an identical run directly below. TileDiff merges changed
// tiles with it, LosslessRefresh the tiles due a refresh.
// Portable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace adhoc {

// A rectangle of the frame, in pixels.
struct ScreenRect {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool operator==(const ScreenRect& o) const {
        return x == o.x && y == o.y && width == o.width && height == o.height;
    }
    // Screen order: by top edge, then by left edge.
    bool precedes(const ScreenRect& o) const { return y != o.y ? y < o.y : x < o.x; }
};

// Copies `rect`'s 32-bit pixels from one frame to another (each with its own stride).
void copyPixels(const std::uint8_t* from, std::size_t fromStride, std::uint8_t* to, std::size_t toStride,
                const ScreenRect& rect);

// Tiles [firstColumn, endColumn) x [firstRow, endRow).
struct TileRange {
    int firstColumn = 0;
    int endColumn = 0;
    int firstRow = 0;
    int endRow = 0;
    bool empty() const { return endColumn <= firstColumn || endRow <= firstRow; }
};

// Tiles [firstColumn, endColumn) x [firstRow, firstRow + rowCount), all marked `mark`.
struct TileSpan {
    int firstColumn = 0;
    int endColumn = 0;
    int firstRow = 0;
    int rowCount = 0;
    std::uint8_t mark = 0;
};

class TileGrid {
public:
    static constexpr int kTileSize = 64;

    TileGrid() = default;
    // The grid over a `width` x `height` frame (negative sizes count as 0).
    TileGrid(int width, int height);
    int width() const { return width_; }
    int height() const { return height_; }
    int columns() const { return columns_; }
    int rows() const { return rows_; }
    std::size_t tiles() const { return static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_); }
    // Where a tile's entry lies in a row-major vector of tiles().
    std::size_t index(int column, int row) const {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(column);
    }
    ScreenRect frame() const { return {0, 0, width_, height_}; }
    // One tile's pixels, cut at the frame's edges.
    ScreenRect tileArea(int column, int row) const { return area({column, column + 1, row, 1, 0}, frame()); }
    // The tiles `rect` touches once cut to the frame (empty when it lies outside).
    TileRange touching(const ScreenRect& rect) const;

    // Tiles needed to cover `pixels` (a partial tile counts).
    static int tilesFor(int pixels) { return (pixels + kTileSize - 1) / kTileSize; }

    // The nonzero marks of a `columns` x `rows` grid (row-major) as spans of at most `maxRows`
    // rows each; a run joins the one above only when both start and end at the same columns
    // and carry the same mark. Every marked tile is in exactly one span.
    static std::vector<TileSpan> merge(const std::vector<std::uint8_t>& marks, int columns, int rows, int maxRows);
    // The pixels of the span's tiles that lie in `clip` (empty when none do).
    static ScreenRect area(const TileSpan& span, const ScreenRect& clip);

private:
    int width_ = 0;
    int height_ = 0;
    int columns_ = 0;
    int rows_ = 0;
};

}  // namespace adhoc
