// RowScanTest: a row scan reads one row of each band of 64, every row of the screen within 64
// scans, and a change a line of text tall (17 lines) within 4 scans, from any scan on.
#include <algorithm>
#include <set>
#include <vector>

#include "../src/core/RowScan.h"
#include <doctest/doctest.h>

using adhoc::RowScan;
using adhoc::ScreenRect;

TEST_CASE("row_scan_reads_every_row_within_64_scans_and_a_17_line_change_within_4") {
    RowScan scan;
    std::vector<std::vector<ScreenRect>> scans;
    for (int i = 0; i < 2 * RowScan::kBandRows; ++i) scans.push_back(scan.nextRows(1920, 1080));
    // One full-width line per band: 17 on 1080 rows, the last band 56 rows tall.
    CHECK_EQ(scans[0].size(), 17u);
    CHECK(scans[0][16] == (ScreenRect{0, 1024, 1920, 1}));
    std::set<int> seen;
    for (int i = 0; i < RowScan::kBandRows; ++i)
        for (const ScreenRect& row : scans[static_cast<std::size_t>(i)]) seen.insert(row.y);
    CHECK_EQ(seen.size(), 1080u);
    // Any 17 consecutive lines (text, a button), from any scan on, are met within 4 scans.
    for (std::size_t first = 0; first + 4 <= scans.size(); ++first)
        for (int top = 0; top + 17 <= 1080; ++top) {
            bool met = false;
            for (std::size_t i = first; i < first + 4 && !met; ++i)
                for (const ScreenRect& row : scans[i]) met = met || (row.y >= top && row.y < top + 17);
            if (!met) FAIL("lines " << top << " to " << top + 16 << " unseen from scan " << first);
        }
}
