// ColorTableTest: colours are numbered in order of first appearance, found again, and
// refused past the limit.
#include <cstdint>
#include <ostream>
#include <vector>

#include "../src/core/ColorTable.h"
#include <doctest/doctest.h>

using adhoc::ColorTable;

TEST_CASE("color_table_numbers_colours_in_order_and_stops_at_the_limit") {
    const std::uint8_t bgrx[4] = {0x30, 0x20, 0x10, 0xFF};
    CHECK_EQ(ColorTable::colorOf(bgrx), 0x102030u);  // 0xRRGGBB; the fourth byte is ignored
    ColorTable table(3);
    CHECK_EQ(table.indexOf(0xFFFFFF), 0);
    CHECK_EQ(table.indexOf(0x000000), 1);
    CHECK_EQ(table.indexOf(0xFFFFFF), 0);
    CHECK_EQ(table.indexOf(0x123456), 2);
    CHECK_EQ(table.indexOf(0x654321), -1);  // a fourth colour
    CHECK_EQ(table.indexOf(0x000000), 1);   // the known ones still answer
    CHECK(table.colors() == (std::vector<std::uint32_t>{0xFFFFFF, 0x000000, 0x123456}));
    // Hundreds of colours that share their low bits all stay distinct.
    ColorTable large(256);
    for (std::uint32_t i = 0; i < 256; ++i) CHECK_EQ(large.indexOf(i << 16), static_cast<int>(i));
    CHECK_EQ(large.indexOf(0x000001), -1);
}
