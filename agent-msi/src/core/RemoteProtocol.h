// RemoteProtocol: the worker's side of Remote Control (docs/protocol.md, "Binary frames"
// and "Remote Control"): binary rect / frame-end / cursor-shape frames and the JSON
// messages the worker sends. Portable: no Windows headers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "MoveDetector.h"
#include "TileDiff.h"

namespace adhoc {

// 2 is PNG, which agents before this one sent for rects of up to 256 colours (docs/protocol.md).
// Copy: the rect's pixels are already on the viewer's canvas, elsewhere (see copyFrame).
enum class RectEncoding : std::uint8_t { Jpeg = 1, Bilevel = 3, Webp = 4, Copy = 5 };

// One display, in virtual-desktop pixels.
struct MonitorInfo {
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    bool primary = false;
    bool operator==(const MonitorInfo& o) const {
        return x == o.x && y == o.y && width == o.width && height == o.height && primary == o.primary;
    }
};

class RemoteProtocol {
public:
    static constexpr std::uint8_t kRectKind = 0x01;
    static constexpr std::uint8_t kFrameEndKind = 0x02;
    static constexpr std::uint8_t kCursorShapeKind = 0x03;
    // Clipboard text sent to the viewer is cut to this many UTF-8 bytes, so the message
    // stays under the server's 64 KiB text-frame limit even with JSON escapes.
    static constexpr std::size_t kMaxClipboardBytes = 60 * 1024;

    static std::vector<std::uint8_t> rectFrame(RectEncoding encoding, const ScreenRect& rect,
                                               const std::vector<std::uint8_t>& image);
    // A Copy rect: the viewer copies `move.from()` of its canvas to `move.to` (u16 x, u16 y of
    // the source as the rect's data), before the rects that follow it in the frame.
    static std::vector<std::uint8_t> copyFrame(const ScreenMove& move);
    static std::vector<std::uint8_t> frameEnd(std::uint32_t sequence);
    static std::vector<std::uint8_t> cursorShapeFrame(int hotX, int hotY, int width, int height,
                                                      const std::vector<std::uint8_t>& png);

    static std::string screenMessage(const std::vector<MonitorInfo>& monitors, int shown);
    static std::string cursorMessage(int x, int y, bool visible);
    static std::string clipboardMessage(const std::string& utf8Text);
    static std::string errorMessage(const std::string& text);
    // The answer to every `blank` request: whether the screen is blanked now.
    static std::string blankMessage(bool on);

    // JPEG quality (1..100, JpegWriter's) for the viewer's "low" / "medium" / "high"; false if
    // unknown. Medium, where a connection starts, is about the PSNR of 4:2:0 at 75 (Windows's
    // encoder as Wine runs it) for 15% fewer bytes; high is above noVNC's default (79).
    static bool jpegQuality(const std::string& setting, int& quality);
    static constexpr int kMediumJpegQuality = 65;
    // The longest prefix of `text` of at most `maxBytes` that does not split a character.
    static std::string truncateUtf8(const std::string& text, std::size_t maxBytes);
};

}  // namespace adhoc
