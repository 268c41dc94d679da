// DibSurface: see DibSurface.h.
#include "DibSurface.h"

#include <cstring>

#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

using win32::Logger;

bool DibSurface::create(int width, int height) {
    dc_.reset();
    bitmap_.reset();
    bits_ = nullptr;
    width_ = height_ = 0;
    BITMAPINFO info{};
    info.bmiHeader.biSize = sizeof info.bmiHeader;
    info.bmiHeader.biWidth = width;
    info.bmiHeader.biHeight = -height;  // negative: top-down rows
    info.bmiHeader.biPlanes = 1;
    info.bmiHeader.biBitCount = 32;
    info.bmiHeader.biCompression = BI_RGB;
    void* bits = nullptr;
    bitmap_.reset(CreateDIBSection(nullptr, &info, DIB_RGB_COLORS, &bits, nullptr, 0));
    dc_.reset(CreateCompatibleDC(nullptr));
    if (!bitmap_ || !dc_ || !bits) {
        Logger::error("remote control: cannot create a " + std::to_string(width) + "x" + std::to_string(height) +
                      " bitmap: " + win32::TextConvert::errorText(GetLastError()));
        return false;
    }
    SelectObject(dc_.get(), bitmap_.get());
    bits_ = static_cast<std::uint8_t*>(bits);
    width_ = width;
    height_ = height;
    return true;
}

void DibSurface::fill(std::uint8_t value) {
    GdiFlush();
    std::memset(bits_, value, stride() * static_cast<std::size_t>(height_));
}

}  // namespace adhoc::remote
