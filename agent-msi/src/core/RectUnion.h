// RectUnion: whether a frame's changed rects travel better as one image of their bounding
// box. Each WebP image carries its own palette and prefix codes (about 130 bytes) and cannot
// copy from its neighbours' pixels: where things move all over an area (the remote
// benchmark's discs make 32 rects a frame), the rects took 13.1 KB a frame and their box
// 9.0 KB. Only where the rects cover at least half of the box: the viewer decodes and draws
// the unchanged pixels it adds too (the animation's page CPU per frame rose by a quarter).
#pragma once

#include <vector>

#include "TileGrid.h"

namespace adhoc {

class RectUnion {
public:
    // The bounding box of `rects` (which do not overlap, as TileDiff hands them out) when
    // there are two or more and they cover at least half of it; else an empty rect.
    static ScreenRect worthSending(const std::vector<ScreenRect>& rects);
};

}  // namespace adhoc
