// RowScan: the rows a cheap look at the screen copies between whole captures, as x11vnc
// polls: one row of each band of 64, a different one each time, 17 rows further down the band
// (modulo 64) than the last. From any scan on, every row is met within 64 scans, 17 lines in a
// row (a line of text) within 4 and 13 within 8. Under Wine the 17 rows of a 1080p screen cost
// about a tenth of its whole copy. Portable.
#pragma once

#include <vector>

#include "TileGrid.h"

namespace adhoc {

class RowScan {
public:
    static constexpr int kBandRows = 64;
    static constexpr int kStepRows = 17;  // odd, so every row comes round; of those, the one that meets short changes soonest

    // One full-width row of each band of a `width` x `height` screen, top to bottom; the
    // next call takes the next offset.
    std::vector<ScreenRect> nextRows(int width, int height);

private:
    int offset_ = 0;
};

}  // namespace adhoc
