// ScreenStreamer: the screen half of Remote Control, on its own thread: follows the
// input desktop, captures the shown monitor (and spot-checks a small area that changed
// lately far more often, see HotArea), finds a block that moved since what the viewer shows
// (MoveDetector, ViewerScreen: the viewer copies it) and the changed tiles, encodes them and
// sends a frame's rects and its end in one message (FrameBundle; docs/protocol.md, "Binary
// frames"), with at most two frames unacknowledged; each rect travels as EncodingChoice says,
// and what went as JPEG is sent again losslessly once it has been still a while
// (LosslessRefresh), in frames of its own when no frame is unacknowledged. Also the `screen`
// message and the pointer's position and shape.
#pragma once

#include <windows.h>

#include <atomic>
#include <functional>
#include <cstdint>
#include <vector>

#include "../core/FrameAckWindow.h"
#include "../core/FrameBundle.h"
#include "../core/MoveDetector.h"
#include "../core/RemoteProtocol.h"
#include "../core/Stream.h"
#include "../win32/Handle.h"

namespace adhoc {
class LosslessRefresh;
class PngWriter;
class RowScan;
class TileDiff;
class ViewerScreen;
}

namespace adhoc::remote {

class ScreenCapture;

class ScreenStreamer {
public:
    explicit ScreenStreamer(StreamPeer& peer);
    ~ScreenStreamer() { stop(); }
    ScreenStreamer(const ScreenStreamer&) = delete;
    ScreenStreamer& operator=(const ScreenStreamer&) = delete;

    bool start();
    // Ends the thread; no capture after it returns. Safe to call more than once.
    void stop();

    // From the receiving thread:
    void acknowledge(std::uint32_t sequence);
    // False when there is no monitor with that index.
    bool showMonitor(int index);
    void setJpegQuality(int quality);
    // The technician acted (input): capture at the fast rate again; `echoExpected` for a key
    // or a click, whose echo the hot area is then checked for closely; `pointer` for the
    // mouse, which may change the screen anywhere, so the next look is a whole capture.
    void noteActivity(bool echoExpected, bool pointer);
    // The shown monitor, in virtual-desktop pixels.
    MonitorInfo shownMonitor();

private:
    struct Cursor;
    struct Encoders;

    static DWORD WINAPI threadMain(void* self);
    void run();
    // Sends `screen` (and asks for a full frame) when the monitors or the shown one changed;
    // true when it did.
    bool refreshLayout();
    // The whole shown monitor; true when it differs from the capture before (marked in `diff`).
    // `betweenBands` as ScreenCapture::grab's.
    bool captureWhole(ScreenCapture& capture, TileDiff& diff, const std::function<void()>& betweenBands);
    // A look between whole captures: whether one of the rows RowScan gives differs from the
    // capture before, or could not be read (as when the monitor's size changed).
    bool rowsChanged(ScreenCapture& capture, RowScan& scan);
    // A block that moved between what the viewer shows and the latest capture, copied in
    // `viewer`, and `diff` marked again against that; none found leaves both as they were.
    static ScreenMove findMove(const ScreenCapture& capture, TileDiff& diff, ViewerScreen& viewer);
    // True when the spot check of `area` found a change (then marked in `diff`).
    bool spotCheck(ScreenCapture& capture, TileDiff& diff, const ScreenRect& area);
    // These return false once the connection is gone.
    bool sendCursor(Cursor& cursor, PngWriter& png);
    // The move (when found) as a Copy rect, then the changed rects, each as EncodingChoice says,
    // or their box as one WebP image where RectUnion finds it worth it; the JPEG ones are
    // noted in `refresh`, and all of it in `viewer`.
    bool sendFrame(const ScreenMove& move, const std::vector<ScreenRect>& rects, const ScreenCapture& capture,
                   Encoders& encoders, LosslessRefresh& refresh, ViewerScreen& viewer, std::int64_t nowMs);
    // Rects that went as JPEG and have been still since, now lossless (as EncodingChoice says).
    bool sendRefresh(const std::vector<ScreenRect>& rects, const ScreenCapture& capture, Encoders& encoders);
    bool endFrame();
    bool sendRect(const ScreenRect& rect, RectEncoding encoding, const ScreenCapture& capture, Encoders& encoders);
    bool sendBilevelRect(const ScreenRect& rect, const std::uint8_t* origin, std::size_t stride, Encoders& encoders);

    StreamPeer& peer_;
    FrameBundle frames_{peer_};
    FrameAckWindow window_;
    win32::UniqueHandle stopEvent_;
    win32::UniqueHandle wakeEvent_;
    win32::UniqueHandle thread_;
    std::atomic<int> quality_{RemoteProtocol::kMediumJpegQuality};
    std::atomic<int> requestedMonitor_{-1};
    std::atomic<bool> activity_{false};
    std::atomic<bool> echoExpected_{false};
    std::atomic<bool> pointerActed_{false};
    std::atomic<bool> refreshAll_{false};

    win32::CriticalSection lock_;
    std::vector<MonitorInfo> monitors_;  // guarded by lock_
    int shown_ = -1;                     // guarded by lock_
};

}  // namespace adhoc::remote
