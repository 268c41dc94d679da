// ScreenStreamer: see ScreenStreamer.h.
#include "ScreenStreamer.h"

#include <algorithm>
#include <cstring>

#include "../core/BilevelEncoder.h"
#include "../core/CapturePacer.h"
#include "../core/EncodingChoice.h"
#include "../core/HotArea.h"
#include "../core/JpegWriter.h"
#include "../core/LosslessRefresh.h"
#include "../core/PngWriter.h"
#include "../core/RectUnion.h"
#include "../core/RowScan.h"
#include "../core/TileDiff.h"
#include "../core/ViewerScreen.h"
#include "../core/WebpWriter.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"
#include "CursorCapture.h"
#include "InputDesktop.h"
#include "LocalInput.h"
#include "Monitors.h"
#include "ScreenCapture.h"

namespace adhoc::remote {

using win32::Logger;

namespace {
// The pointer is read every 50 ms while it moves, every 200 ms once it has been still for a
// second (each read is a round trip to the window system).
constexpr std::int64_t kCursorPollMs = 50;
constexpr std::int64_t kStillCursorPollMs = 200;
constexpr std::int64_t kCursorStillAfterMs = 1000;
constexpr std::int64_t kLayoutCheckMs = 2000;
// The server relays binary messages of at most 1 MiB; larger images are sent in halves.
constexpr std::size_t kMaxImageBytes = FrameBundle::kMaxMessageBytes - 64;

// The rect's first pixel in the surface.
const std::uint8_t* originOf(const DibSurface& surface, const ScreenRect& rect) {
    return surface.bits() + static_cast<std::size_t>(rect.y) * surface.stride() + static_cast<std::size_t>(rect.x) * 4;
}

RectEncoding chooseEncoding(const ScreenCapture& capture, const ScreenRect& rect) {
    const DibSurface& surface = capture.current();
    return EncodingChoice::choose(originOf(surface, rect), surface.stride(), rect.width, rect.height);
}
}  // namespace

// One per screen thread: they keep state (and buffers) from rect to rect.
struct ScreenStreamer::Encoders {
    JpegWriter jpeg;
    PngWriter png;
    WebpWriter webp;
    BilevelEncoder bilevel;
};

// What the viewer was last told about the pointer.
struct ScreenStreamer::Cursor {
    std::int64_t nextReadAtMs = 0;
    std::int64_t movedAtMs = 0;  // or the technician's last input
    bool sent = false;
    int x = 0;
    int y = 0;
    bool visible = false;
    HCURSOR shape = nullptr;
};

ScreenStreamer::ScreenStreamer(StreamPeer& peer) : peer_(peer) {}

bool ScreenStreamer::start() {
    stopEvent_.reset(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    wakeEvent_.reset(CreateEventW(nullptr, FALSE, FALSE, nullptr));
    refreshLayout();  // `screen` goes out before anything else
    thread_.reset(CreateThread(nullptr, 0, &ScreenStreamer::threadMain, this, 0, nullptr));
    if (!thread_) {
        Logger::error("remote control: cannot start the screen thread: " +
                      win32::TextConvert::errorText(GetLastError()));
        return false;
    }
    return true;
}

void ScreenStreamer::stop() {
    if (!thread_) return;
    SetEvent(stopEvent_.get());
    // Not bounded: the thread uses this object. It ends within one capture and encode,
    // or as soon as a blocked send fails because the connection is gone.
    WaitForSingleObject(thread_.get(), INFINITE);
    thread_.reset();
}

void ScreenStreamer::acknowledge(std::uint32_t sequence) {
    window_.acknowledge(sequence);
    SetEvent(wakeEvent_.get());
}

bool ScreenStreamer::showMonitor(int index) {
    {
        win32::Lock hold(lock_);
        if (index < 0 || static_cast<std::size_t>(index) >= monitors_.size()) return false;
    }
    requestedMonitor_ = index;
    SetEvent(wakeEvent_.get());
    return true;
}

void ScreenStreamer::setJpegQuality(int quality) {
    quality_ = quality;
    refreshAll_ = true;  // the viewer sees the new quality at once
    SetEvent(wakeEvent_.get());
}

void ScreenStreamer::noteActivity(bool echoExpected, bool pointer) {
    if (echoExpected) echoExpected_ = true;
    if (pointer) pointerActed_ = true;
    activity_ = true;
    SetEvent(wakeEvent_.get());
}

MonitorInfo ScreenStreamer::shownMonitor() {
    win32::Lock hold(lock_);
    return shown_ >= 0 ? monitors_[static_cast<std::size_t>(shown_)] : MonitorInfo{};
}

DWORD WINAPI ScreenStreamer::threadMain(void* self) {
    static_cast<ScreenStreamer*>(self)->run();
    return 0;
}

void ScreenStreamer::run() {
    Encoders encoders;
    InputDesktop desktop;
    ScreenCapture capture;
    TileDiff diff;
    CapturePacer pacer;
    RowScan scan;
    HotArea hot;
    LosslessRefresh refresh;
    Cursor cursor;
    LocalInput localInput;
    ViewerScreen viewer;
    std::int64_t nextLayoutCheck = static_cast<std::int64_t>(GetTickCount64()) + kLayoutCheckMs;
    bool connected = true;
    const auto takeActivity = [&](std::int64_t now) {
        if (!activity_.exchange(false)) return;
        if (echoExpected_.exchange(false)) hot.input(now);
        pacer.activity(now, hot.active(now) ? HotArea::kAfterInputMs : 0, pointerActed_.exchange(false));
        cursor.movedAtMs = now;  // input or a move: follow the pointer closely again
        cursor.nextReadAtMs = std::min(cursor.nextReadAtMs, now + kCursorPollMs);
    };
    const auto watchHotArea = [&](std::int64_t now) {
        if (!hot.active(now) || now < hot.nextCheckAtMs()) return;
        const bool changed = spotCheck(capture, diff, hot.area());
        hot.checked(now, changed);
        if (changed) pacer.changedInHotArea(now);
    };
    const auto sendChanges = [&](std::int64_t now) {
        if (!connected || !diff.hasChanges() || !window_.canSend()) return;
        const ScreenMove move = findMove(capture, diff, viewer);
        const std::vector<ScreenRect> rects = diff.takeRects();
        hot.sent(rects, diff.width(), diff.height(), now);
        connected = sendFrame(move, rects, capture, encoders, refresh, viewer, now);
    };
    // A key's echo need not wait for the rest of a whole capture.
    const auto betweenBands = [&] {
        const auto now = static_cast<std::int64_t>(GetTickCount64());
        takeActivity(now);
        watchHotArea(now);
        sendChanges(now);
    };
    HANDLE events[2] = {stopEvent_.get(), wakeEvent_.get()};
    for (;;) {
        const auto now = static_cast<std::int64_t>(GetTickCount64());
        if (now >= nextLayoutCheck || requestedMonitor_ >= 0) {
            if (refreshLayout()) {
                encoders.bilevel.reset();  // as the viewer does at `screen`
                hot.clear();
            }
            nextLayoutCheck = now + kLayoutCheckMs;
        }
        if (now >= cursor.nextReadAtMs) {
            if (!sendCursor(cursor, encoders.png)) break;
            if (localInput.changedSinceLastCheck()) activity_ = true;  // typing at the PC: capture fast again
            cursor.nextReadAtMs = now + (now - cursor.movedAtMs < kCursorStillAfterMs ? kCursorPollMs : kStillCursorPollMs);
        }
        takeActivity(now);
        if (now >= pacer.nextCaptureAtMs()) {
            desktop.follow();  // here rather than every poll: it costs more than the poll
            // A scan sees only parts of a change: one it finds is captured whole at once.
            const bool whole = pacer.wholeDue(now, hot.active(now)) || rowsChanged(capture, scan);
            const bool changed = whole && captureWhole(capture, diff, betweenBands);
            if (refreshAll_.exchange(false)) diff.markAll();
            pacer.captured(now, changed, hot.active(now), whole);
            if (refresh.width() != diff.width() || refresh.height() != diff.height())
                refresh.resize(diff.width(), diff.height());
            if (viewer.width() != diff.width() || viewer.height() != diff.height())
                viewer.resize(diff.width(), diff.height());
        } else {
            watchHotArea(now);
        }
        sendChanges(now);
        if (!connected) break;
        if (!diff.hasChanges() && window_.unacknowledged() == 0) {
            // Spare room only: a fresh change always finds a free slot in the window.
            const std::vector<ScreenRect> due = refresh.takeDue(now, [&capture](const ScreenRect& tile) {
                return chooseEncoding(capture, tile) != RectEncoding::Jpeg;  // a photo stays JPEG
            });
            if (!due.empty() && !sendRefresh(due, capture, encoders)) break;
        }
        const auto later = static_cast<std::int64_t>(GetTickCount64());
        std::int64_t wait = std::min(pacer.nextCaptureAtMs(), cursor.nextReadAtMs) - later;
        if (hot.active(later)) wait = std::min(wait, hot.nextCheckAtMs() - later);
        if (window_.unacknowledged() == 0) wait = std::min(wait, refresh.nextDueAtMs() - later);  // else an ack wakes us
        const auto timeout = static_cast<DWORD>(std::max<std::int64_t>(wait, 0));
        if (WaitForMultipleObjects(2, events, FALSE, timeout) == WAIT_OBJECT_0) break;
    }
}

bool ScreenStreamer::refreshLayout() {
    std::vector<MonitorInfo> monitors = Monitors::list();
    if (monitors.empty()) return false;
    const int requested = requestedMonitor_.exchange(-1);
    const int count = static_cast<int>(monitors.size());
    std::string message;
    {
        win32::Lock hold(lock_);
        int shown = requested >= 0 && requested < count ? requested : shown_;
        if (shown < 0 || shown >= count) shown = Monitors::primaryIndex(monitors);
        if (requested < 0 && shown == shown_ && monitors == monitors_) return false;
        monitors_ = std::move(monitors);
        shown_ = shown;
        message = RemoteProtocol::screenMessage(monitors_, shown_);
    }
    refreshAll_ = true;  // a full frame follows every `screen`
    peer_.sendText(message);
    return true;
}

bool ScreenStreamer::sendCursor(Cursor& last, PngWriter& png) {
    CursorState state;
    if (!CursorCapture::read(state)) return true;
    const MonitorInfo monitor = shownMonitor();
    const int x = state.position.x - monitor.x;
    const int y = state.position.y - monitor.y;
    const bool visible = state.showing && x >= 0 && y >= 0 && x < monitor.width && y < monitor.height;
    if (state.showing && state.shape != last.shape) {
        last.shape = state.shape;
        CursorShape shape;
        if (CursorCapture::render(state.shape, shape)) {
            std::vector<std::uint8_t> image;
            png.withAlpha(shape.bgra.data(), static_cast<std::size_t>(shape.width) * 4, shape.width, shape.height,
                          image);
            auto frame = RemoteProtocol::cursorShapeFrame(shape.hotX, shape.hotY, shape.width, shape.height, image);
            if (!peer_.sendBinary(frame.data(), frame.size())) return false;
        }
    }
    if (last.sent && x == last.x && y == last.y && visible == last.visible) return true;
    if (last.sent) activity_ = true;  // hover effects and drags change the screen next
    last.sent = true;
    last.x = x;
    last.y = y;
    last.visible = visible;
    return peer_.sendText(RemoteProtocol::cursorMessage(x, y, visible));
}

bool ScreenStreamer::captureWhole(ScreenCapture& capture, TileDiff& diff, const std::function<void()>& betweenBands) {
    if (!capture.grab(Monitors::rectOf(shownMonitor()), betweenBands)) return false;
    const DibSurface& current = capture.current();
    bool changed = true;
    if (diff.width() != current.width() || diff.height() != current.height())
        diff.resize(current.width(), current.height());
    else
        changed = diff.compare(capture.previous().bits(), current.bits(), current.stride());
    return changed;
}

bool ScreenStreamer::rowsChanged(ScreenCapture& capture, RowScan& scan) {
    const DibSurface& current = capture.current();
    const std::vector<ScreenRect> rows = scan.nextRows(current.width(), current.height());
    if (!capture.grabParts(Monitors::rectOf(shownMonitor()), rows)) return true;  // the whole capture will say
    const std::size_t bytes = static_cast<std::size_t>(current.width()) * 4;
    for (const ScreenRect& row : rows) {
        const std::size_t offset = static_cast<std::size_t>(row.y) * current.stride();
        if (std::memcmp(current.bits() + offset, capture.previous().bits() + offset, bytes) != 0) return true;
    }
    return false;
}

ScreenMove ScreenStreamer::findMove(const ScreenCapture& capture, TileDiff& diff, ViewerScreen& viewer) {
    const DibSurface& current = capture.current();
    // Outside the marks the viewer already shows the latest capture.
    const ScreenRect changed = diff.changedBounds();
    const ScreenMove move = MoveDetector::find(viewer.bits(), current.bits(), current.stride(), current.width(),
                                               current.height(), changed);
    if (move.found()) {
        viewer.copy(move);
        diff.clear();
        diff.compareArea(viewer.bits(), current.bits(), current.stride(), changed);
    }
    return move;
}

bool ScreenStreamer::spotCheck(ScreenCapture& capture, TileDiff& diff, const ScreenRect& area) {
    if (!capture.grabParts(Monitors::rectOf(shownMonitor()), {area})) return false;
    const DibSurface& current = capture.current();
    if (!diff.compareArea(current.bits(), capture.previous().bits(), current.stride(), area)) return false;
    capture.adoptPart(area);
    return true;
}

bool ScreenStreamer::sendFrame(const ScreenMove& move, const std::vector<ScreenRect>& rects,
                               const ScreenCapture& capture, Encoders& encoders, LosslessRefresh& refresh,
                               ViewerScreen& viewer, std::int64_t nowMs) {
    if (move.found()) {
        if (!frames_.add(RemoteProtocol::copyFrame(move))) return false;
        refresh.copied(move, nowMs);
    }
    const DibSurface& current = capture.current();
    const auto sendChanged = [&](const ScreenRect& rect, RectEncoding encoding) {
        if (!sendRect(rect, encoding, capture, encoders)) return false;
        refresh.sent(rect, encoding == RectEncoding::Jpeg, nowMs);
        viewer.draw(current.bits(), current.stride(), rect);
        return true;
    };
    // One WebP image of the rects' box where it pays. Not a JPEG one, which would blur what the
    // rects send crisp, nor a bilevel one: bilevel rects share their coder's odds already, and
    // the box's unchanged rows cost the page more than the bytes saved (xterm paging, two runs
    // each: 4% fewer bytes, 14% more page CPU per frame).
    const ScreenRect box = RectUnion::worthSending(rects);
    if (box.width > 0 && chooseEncoding(capture, box) == RectEncoding::Webp)
        return sendChanged(box, RectEncoding::Webp) && endFrame();
    for (const ScreenRect& rect : rects)
        if (!sendChanged(rect, chooseEncoding(capture, rect))) return false;
    return endFrame();
}

bool ScreenStreamer::sendRefresh(const std::vector<ScreenRect>& rects, const ScreenCapture& capture,
                                 Encoders& encoders) {
    for (const ScreenRect& rect : rects)
        if (!sendRect(rect, chooseEncoding(capture, rect), capture, encoders)) return false;
    return endFrame();
}

bool ScreenStreamer::endFrame() {
    return frames_.add(RemoteProtocol::frameEnd(window_.nextSequence())) && frames_.send();
}

bool ScreenStreamer::sendRect(const ScreenRect& rect, RectEncoding encoding, const ScreenCapture& capture,
                              Encoders& encoders) {
    const DibSurface& surface = capture.current();
    const std::uint8_t* origin = originOf(surface, rect);
    if (encoding == RectEncoding::Bilevel) return sendBilevelRect(rect, origin, surface.stride(), encoders);
    std::vector<std::uint8_t> image;
    if (encoding == RectEncoding::Webp)
        encoders.webp.screen(origin, surface.stride(), rect.width, rect.height, image);
    else
        encoders.jpeg.screen(origin, surface.stride(), rect.width, rect.height, quality_.load(), image);
    if (image.size() > kMaxImageBytes && rect.height > 1) {
        const int top = rect.height / 2;
        return sendRect({rect.x, rect.y, rect.width, top}, encoding, capture, encoders) &&
               sendRect({rect.x, rect.y + top, rect.width, rect.height - top}, encoding, capture, encoders);
    }
    return frames_.add(RemoteProtocol::rectFrame(encoding, rect, image));
}

// Bilevel rects are cut into bands before coding: the viewer's model follows every coded
// rect, so one cannot be coded and then dropped for being too large.
bool ScreenStreamer::sendBilevelRect(const ScreenRect& rect, const std::uint8_t* origin, std::size_t stride,
                                     Encoders& encoders) {
    const int bandHeight = std::max(1, BilevelEncoder::kMaxPixels / rect.width);
    for (int top = 0; top < rect.height; top += bandHeight) {
        const ScreenRect band{rect.x, rect.y + top, rect.width, std::min(bandHeight, rect.height - top)};
        std::vector<std::uint8_t> payload;
        encoders.bilevel.encode(origin + static_cast<std::size_t>(top) * stride, stride, band.width, band.height,
                                payload);
        if (!frames_.add(RemoteProtocol::rectFrame(RectEncoding::Bilevel, band, payload))) return false;
    }
    return true;
}

}  // namespace adhoc::remote
