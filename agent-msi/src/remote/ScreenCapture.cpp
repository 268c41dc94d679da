// ScreenCapture: see ScreenCapture.h.
#include "ScreenCapture.h"

#include <algorithm>

#include "../win32/Handle.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

bool ScreenCapture::grab(const RECT& area, const std::function<void()>& betweenBands) {
    const int width = area.right - area.left;
    const int height = area.bottom - area.top;
    if (width <= 0 || height <= 0) return false;
    const bool resized = current().width() != width || current().height() != height;
    if (resized) {
        if (!surfaces_[0].create(width, height) || !surfaces_[1].create(width, height)) return false;
    }
    const int target = 1 - current_;
    win32::UniqueScreenDc screen(GetDC(nullptr));
    if (!screen) return false;
    // Copied in bands of one tile row: Wine's large copies from X11 are slow (capture and
    // diff of 1920x1080 took 20 ms in one call, 9 ms in bands); Windows does not mind.
    bool ok = true;
    for (int top = 0; top < height && ok; top += TileDiff::kTileSize) {
        const int rows = std::min(TileDiff::kTileSize, height - top);
        ok = BitBlt(surfaces_[target].dc(), 0, top, width, rows, screen.get(), area.left, area.top + top,
                    SRCCOPY | CAPTUREBLT) != FALSE;
        if (ok && betweenBands && !resized) betweenBands();
    }
    const DWORD error = GetLastError();
    screen.reset();
    if (!ok) {
        // Normal for a moment while the desktop switches (logon, UAC): logged once per outage.
        if (!failureLogged_) win32::Logger::warn("remote control: screen copy failed: " + win32::TextConvert::errorText(error));
        failureLogged_ = true;
        return false;
    }
    failureLogged_ = false;
    GdiFlush();
    current_ = target;
    return true;
}

bool ScreenCapture::grabParts(const RECT& area, const std::vector<ScreenRect>& parts) {
    const DibSurface& scratch = previous();
    if (scratch.width() != area.right - area.left || scratch.height() != area.bottom - area.top) return false;
    for (const ScreenRect& part : parts)
        if (part.x < 0 || part.y < 0 || part.x + part.width > scratch.width() || part.y + part.height > scratch.height())
            return false;
    win32::UniqueScreenDc screen(GetDC(nullptr));
    if (!screen) return false;
    bool ok = true;
    for (auto part = parts.begin(); part != parts.end() && ok; ++part)
        ok = BitBlt(scratch.dc(), part->x, part->y, part->width, part->height, screen.get(), area.left + part->x,
                    area.top + part->y, SRCCOPY | CAPTUREBLT) != FALSE;
    screen.reset();
    GdiFlush();
    return ok;
}

void ScreenCapture::adoptPart(const ScreenRect& part) {
    copyPixels(previous().bits(), previous().stride(), current().bits(), current().stride(), part);
}

}  // namespace adhoc::remote
