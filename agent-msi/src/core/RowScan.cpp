// RowScan: see RowScan.h.
#include "RowScan.h"

#include <algorithm>

namespace adhoc {

std::vector<ScreenRect> RowScan::nextRows(int width, int height) {
    const int offset = offset_;
    offset_ = (offset_ + kStepRows) % kBandRows;
    std::vector<ScreenRect> rows;
    for (int top = 0; top < height; top += kBandRows) {
        const int bandHeight = std::min(kBandRows, height - top);
        rows.push_back({0, top + offset % bandHeight, width, 1});
    }
    return rows;
}

}  // namespace adhoc
