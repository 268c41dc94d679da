// CursorCapture: see CursorCapture.h.
#include "CursorCapture.h"

#include "../core/CursorImage.h"
#include "DibSurface.h"

namespace adhoc::remote {

bool CursorCapture::read(CursorState& state) {
    CURSORINFO info{};
    info.cbSize = sizeof info;
    if (!GetCursorInfo(&info)) return false;
    state.position = info.ptScreenPos;
    state.showing = (info.flags & CURSOR_SHOWING) != 0;
    state.shape = info.hCursor;
    return true;
}

bool CursorCapture::render(HCURSOR cursor, CursorShape& shape) {
    ICONINFO icon{};
    if (!cursor || !GetIconInfo(cursor, &icon)) return false;
    // GetIconInfo hands over copies of the bitmaps; a monochrome cursor has no colour
    // bitmap and an AND mask on top of an XOR mask, twice the height.
    win32::UniqueGdiObject mask(icon.hbmMask), color(icon.hbmColor);
    BITMAP bitmap{};
    if (!GetObjectW(color ? color.get() : mask.get(), sizeof bitmap, &bitmap)) return false;
    shape.hotX = static_cast<int>(icon.xHotspot);
    shape.hotY = static_cast<int>(icon.yHotspot);
    shape.width = bitmap.bmWidth;
    shape.height = color ? bitmap.bmHeight : bitmap.bmHeight / 2;
    if (shape.width <= 0 || shape.height <= 0 || shape.width > 256 || shape.height > 256) return false;
    DibSurface onBlack, onWhite;
    if (!onBlack.create(shape.width, shape.height) || !onWhite.create(shape.width, shape.height)) return false;
    onBlack.fill(0x00);
    onWhite.fill(0xFF);
    for (DibSurface* surface : {&onBlack, &onWhite})
        if (!DrawIconEx(surface->dc(), 0, 0, cursor, shape.width, shape.height, 0, nullptr, DI_NORMAL)) return false;
    GdiFlush();
    shape.bgra = CursorImage::fromBlackAndWhite(onBlack.bits(), onWhite.bits(),
                                                static_cast<std::size_t>(shape.width) * shape.height);
    return true;
}

}  // namespace adhoc::remote
