// TileDiff: finds what changed between two captures of the screen, in 64x64 tiles, and
// hands the changed area out as a few rectangles (docs/protocol.md, "Binary frames").
// Marks accumulate until taken, so changes seen while the viewer is slow merge into one
// fresher frame. Portable: works on 32-bit pixels in any byte order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "TileGrid.h"

namespace adhoc {

class TileDiff {
public:
    static constexpr int kTileSize = TileGrid::kTileSize;
    // Taller rects are split so that one encoded rect stays well under the 1 MiB relay limit.
    static constexpr int kMaxRectTileRows = 4;

    // Sets the frame size and marks every tile (a new size always needs a full frame).
    void resize(int width, int height);
    int width() const { return grid_.width(); }
    int height() const { return grid_.height(); }

    // Compares two frames of the current size (`stride` bytes per row) and marks the tiles
    // that differ, keeping in each the bounding box of the pixels that changed (lines a box
    // already spans are not compared again). True when something changed.
    bool compare(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride);
    // The same for the tiles that `area` touches only.
    bool compareArea(const std::uint8_t* previous, const std::uint8_t* current, std::size_t stride,
                     const ScreenRect& area);
    void markAll();
    bool hasChanges() const;
    // The bounding box of the changed pixels of all marked tiles; empty when none is marked.
    ScreenRect changedBounds() const;
    // Forgets every mark, so that the frames can be compared again against a better reference
    // (the capture before with a detected move applied, see MoveDetector).
    void clear();

    // The marked tiles as rectangles in pixels: runs of tiles in a row, merged with identical
    // runs below, each cut down to the bounding box of the pixels that changed in its tiles (a
    // typed character costs its own cell, not a whole tile); then clears the marks.
    std::vector<ScreenRect> takeRects();

private:
    // Changed pixels of one tile, in frame coordinates; empty when right <= left.
    struct Box {
        int left = 0, top = 0, right = 0, bottom = 0;
    };
    Box tileBox(int column, int row) const;
    // The smallest box holding both.
    static Box united(const Box& a, const Box& b);

    TileGrid grid_;
    std::vector<std::uint8_t> dirty_;  // one per tile of grid_, row-major
    std::vector<Box> boxes_;           // the same layout
};

}  // namespace adhoc
