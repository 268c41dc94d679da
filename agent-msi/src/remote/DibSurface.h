// DibSurface: a 32-bit top-down DIB section selected into its own memory DC: the
// pixels GDI draws into and Remote Control reads (BGRx, `stride` bytes per row).
#pragma once

#include <windows.h>

#include <cstddef>
#include <cstdint>

#include "../win32/Handle.h"

namespace adhoc::remote {

class DibSurface {
public:
    // (Re)creates the surface; false (logged) when GDI refuses.
    bool create(int width, int height);
    HDC dc() const { return dc_.get(); }
    std::uint8_t* bits() const { return bits_; }
    int width() const { return width_; }
    int height() const { return height_; }
    std::size_t stride() const { return static_cast<std::size_t>(width_) * 4; }
    // Fills every byte with `value` (after GDI has finished drawing).
    void fill(std::uint8_t value);

private:
    // Declared before the DC so the DC is deleted first and the bitmap is free to go.
    win32::UniqueGdiObject bitmap_;
    win32::UniqueMemoryDc dc_;
    std::uint8_t* bits_ = nullptr;
    int width_ = 0;
    int height_ = 0;
};

}  // namespace adhoc::remote
