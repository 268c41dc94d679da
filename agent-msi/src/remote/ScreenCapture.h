// ScreenCapture: GDI capture of one monitor into two alternating DIB surfaces, so the
// newest capture can be compared with the one before without copying.
#pragma once

#include <windows.h>

#include <functional>
#include <vector>

#include "../core/TileDiff.h"
#include "DibSurface.h"

namespace adhoc::remote {

class ScreenCapture {
public:
    // Copies `area` (virtual-desktop pixels) of the screen into the older surface, which
    // then becomes current(). A new size recreates both (previous() is then blank).
    // `betweenBands` runs between the bands of the copy (not after a new size): under Wine a
    // whole copy takes 7 to 30 ms, and a spot check (grabParts, adoptPart) need not wait for it.
    // A band it copies again afterwards is compared as usual.
    bool grab(const RECT& area, const std::function<void()>& betweenBands = {});
    // Copies `parts` (pixels of `area`) of the screen into the older surface only; current()
    // stays as it was, so the two can be compared there. Then adoptPart() where they differ.
    // False when `area` is not the surfaces' size or a part lies outside it.
    bool grabParts(const RECT& area, const std::vector<ScreenRect>& parts);
    // Copies `part` of the older surface into current().
    void adoptPart(const ScreenRect& part);
    const DibSurface& current() const { return surfaces_[current_]; }
    const DibSurface& previous() const { return surfaces_[1 - current_]; }

private:
    DibSurface surfaces_[2];
    int current_ = 0;
    bool failureLogged_ = false;
};

}  // namespace adhoc::remote
