// CursorCapture: where the pointer is and what it looks like. Screen captures do not
// contain the pointer; the viewer draws it from these (docs/protocol.md, "cursor" and the
// cursor-shape frame).
#pragma once

#include <windows.h>

#include <cstdint>
#include <vector>

namespace adhoc::remote {

struct CursorState {
    POINT position{};  // virtual-desktop pixels
    bool showing = false;
    HCURSOR shape = nullptr;
};

struct CursorShape {
    int hotX = 0;
    int hotY = 0;
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> bgra;  // straight alpha, top-down
};

class CursorCapture {
public:
    static bool read(CursorState& state);
    // Draws `cursor` over black and over white and recovers its colours and alpha.
    static bool render(HCURSOR cursor, CursorShape& shape);
};

}  // namespace adhoc::remote
