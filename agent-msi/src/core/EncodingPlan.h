// EncodingPlan: how one changed rect travels, region by region. A rect of at most 256
// colours goes whole, as EncodingChoice says (bilevel or PNG), as before. A rect with more
// (a photo, a video, and often text beside them) is cut at the screen's tile boundaries and
// each tile classed by its own colours: tiles of at most 256 (text, window chrome, flat
// areas) stay lossless, the others go JPEG. Adjacent tiles of one class travel as one rect
// (fewer image headers); a lossless group that has more than 256 colours together goes tile
// by tile instead, since a palette PNG per tile is smaller than one truecolour PNG.
// Portable.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "RemoteProtocol.h"

namespace adhoc {

struct PlannedRect {
    ScreenRect rect;
    RectEncoding encoding = RectEncoding::Png;
    bool operator==(const PlannedRect& o) const { return rect == o.rect && encoding == o.encoding; }
};

class EncodingPlan {
public:
    // `frame` points at the frame's first 32-bit pixel (BGRx), `stride` bytes per row; `rect`
    // lies in the frame. The pieces cover `rect` exactly, without overlap, top to bottom.
    static std::vector<PlannedRect> plan(const std::uint8_t* frame, std::size_t stride, const ScreenRect& rect);

};

}  // namespace adhoc
