// EncodingPlan: see EncodingPlan.h.
#include "EncodingPlan.h"

#include <algorithm>

#include "EncodingChoice.h"
#include "TileGrid.h"

namespace adhoc {

namespace {

enum TileClass : std::uint8_t { kLossless = 1, kLossy = 2 };

// Distinct colours in `rect` of the frame, counting stops above 256.
int colorsIn(const std::uint8_t* frame, std::size_t stride, const ScreenRect& rect) {
    const std::uint8_t* origin =
        frame + static_cast<std::size_t>(rect.y) * stride + static_cast<std::size_t>(rect.x) * 4;
    return EncodingChoice::countColors(origin, stride, rect.width, rect.height, EncodingChoice::kMaxPngColors);
}

}  // namespace

std::vector<PlannedRect> EncodingPlan::plan(const std::uint8_t* frame, std::size_t stride, const ScreenRect& rect) {
    if (rect.width <= 0 || rect.height <= 0) return {};
    const int colors = colorsIn(frame, stride, rect);
    if (colors <= EncodingChoice::kMaxPngColors) return {{rect, EncodingChoice::forColors(colors)}};

    // The tiles the rect touches, in the screen's grid; edge tiles are cut to the rect.
    const int firstColumn = rect.x / TileGrid::kTileSize;
    const int firstRow = rect.y / TileGrid::kTileSize;
    const int columns = TileGrid::tilesFor(rect.x + rect.width) - firstColumn;
    const int rows = TileGrid::tilesFor(rect.y + rect.height) - firstRow;
    const auto tileArea = [&](int column, int row) {
        return TileGrid::area({firstColumn + column, firstColumn + column + 1, firstRow + row, 1, 0}, rect);
    };
    const auto at = [&](int column, int row) {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column);
    };
    std::vector<std::uint8_t> classes(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows));
    std::vector<int> tileColors(classes.size());
    bool anyLossless = false;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const std::size_t i = at(column, row);
            tileColors[i] = colorsIn(frame, stride, tileArea(column, row));
            classes[i] = tileColors[i] <= EncodingChoice::kMaxPngColors ? kLossless : kLossy;
            anyLossless = anyLossless || classes[i] == kLossless;
        }
    }
    if (!anyLossless) return {{rect, RectEncoding::Jpeg}};

    std::vector<PlannedRect> pieces;
    for (const TileSpan& local : TileGrid::merge(classes, columns, rows, rows)) {
        TileSpan span = local;
        span.firstColumn += firstColumn;
        span.endColumn += firstColumn;
        span.firstRow += firstRow;
        const ScreenRect area = TileGrid::area(span, rect);
        if (span.mark == kLossy) {
            pieces.push_back({area, RectEncoding::Jpeg});
            continue;
        }
        const bool oneTile = local.endColumn - local.firstColumn == 1 && local.rowCount == 1;
        const int together = oneTile ? tileColors[at(local.firstColumn, local.firstRow)]
                                     : colorsIn(frame, stride, area);
        if (together <= EncodingChoice::kMaxPngColors) {
            pieces.push_back({area, EncodingChoice::forColors(together)});
            continue;
        }
        for (int row = local.firstRow; row < local.firstRow + local.rowCount; ++row)
            for (int column = local.firstColumn; column < local.endColumn; ++column)
                pieces.push_back({tileArea(column, row),
                                  EncodingChoice::forColors(tileColors[at(column, row)])});
    }
    std::sort(pieces.begin(), pieces.end(),
              [](const PlannedRect& a, const PlannedRect& b) { return a.rect.precedes(b.rect); });
    return pieces;
}

}  // namespace adhoc
