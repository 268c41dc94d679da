// RemoteControlTest: Remote Control's Win32 side under Wine on an Xvfb screen: GDI
// capture sees a painted window and only its tiles change, our JPEG and PNG read by WIC,
// SendInput moves the pointer, and RemoteControl speaks the protocol to a fake peer:
// `screen` first, rects and a frame end, no third frame before an ack, a dragged window found
// as a move (then only the strips it uncovered differ) and sent as a copy rect, input ignored
// in view-only mode, clipboard both ways, errors for what Wine cannot do, a clean stop.
#include <windows.h>
#include <wincodec.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "../../src/core/JpegWriter.h"
#include "../../src/core/Json.h"
#include "../../src/core/MoveDetector.h"
#include "../../src/core/PngWriter.h"
#include "../../src/core/RemoteProtocol.h"
#include "../../src/core/TileDiff.h"
#include "../../src/core/ViewerScreen.h"
#include "../../src/remote/CursorCapture.h"
#include "../../src/remote/LocalInput.h"
#include "../../src/remote/InputInjector.h"
#include "../../src/remote/Monitors.h"
#include "../../src/remote/RemoteControl.h"
#include "../../src/remote/ScreenCapture.h"
#include "../../src/win32/TextConvert.h"
#include "../BilevelDecoder.h"
#include "../BundleReader.h"
#include "Com.h"
#include <doctest/doctest.h>

using namespace adhoc;
using namespace adhoc::remote;
using adhoc::test::ComApartment;
using adhoc::test::ComRef;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr wchar_t kColorWindowClass[] = L"AdHocTest.Color";

void pumpMessages(DWORD forMs) {
    const ULONGLONG end = GetTickCount64() + forMs;
    do {
        MSG message;
        while (PeekMessageW(&message, nullptr, 0, 0, PM_REMOVE)) DispatchMessageW(&message);
        Sleep(5);
    } while (GetTickCount64() < end);
}

// A topmost borderless window filled with one colour (or with detail, as text or a photo has
// it: a colour of its own at every pixel), owned by the test thread.
class ColorWindow {
public:
    ColorWindow(int x, int y, int width, int height) {
        WNDCLASSW windowClass{};
        windowClass.lpfnWndProc = &ColorWindow::windowProc;
        windowClass.hInstance = GetModuleHandleW(nullptr);
        windowClass.lpszClassName = kColorWindowClass;
        RegisterClassW(&windowClass);
        window_ = CreateWindowExW(WS_EX_TOPMOST | WS_EX_TOOLWINDOW, kColorWindowClass, L"", WS_POPUP | WS_VISIBLE, x,
                                  y, width, height, nullptr, nullptr, GetModuleHandleW(nullptr), nullptr);
        SetWindowLongPtrW(window_, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(this));
        setColor(RGB(255, 0, 0));
    }
    ~ColorWindow() { DestroyWindow(window_); }
    ColorWindow(const ColorWindow&) = delete;
    ColorWindow& operator=(const ColorWindow&) = delete;

    HWND handle() const { return window_; }
    // The virtual keys of the WM_KEYDOWN messages it received, in order.
    const std::vector<UINT>& keys() const { return keys_; }

    void setColor(COLORREF color) {
        color_ = color;
        detail_ = false;
        repaint();
    }
    // Every pixel a colour of its own (`seed` makes another picture).
    void setDetail(std::uint32_t seed) {
        detail_ = true;
        seed_ = seed;
        repaint();
    }
    void moveTo(int x, int y) {
        SetWindowPos(window_, nullptr, x, y, 0, 0, SWP_NOSIZE | SWP_NOZORDER | SWP_NOACTIVATE);
        GdiFlush();
        pumpMessages(150);
    }

private:
    void repaint() {
        InvalidateRect(window_, nullptr, TRUE);
        UpdateWindow(window_);
        GdiFlush();
        pumpMessages(150);  // let the X server show it
    }

    static void paintDetail(HDC dc, int width, int height, std::uint32_t seed) {
        std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * height);
        for (std::size_t i = 0; i < pixels.size(); ++i)
            pixels[i] = static_cast<std::uint32_t>((i + seed * 7919u) * 2654435761u) >> 8;
        BITMAPINFO info{};
        info.bmiHeader.biSize = sizeof(info.bmiHeader);
        info.bmiHeader.biWidth = width;
        info.bmiHeader.biHeight = -height;
        info.bmiHeader.biPlanes = 1;
        info.bmiHeader.biBitCount = 32;
        SetDIBitsToDevice(dc, 0, 0, width, height, 0, 0, 0, height, pixels.data(), &info, DIB_RGB_COLORS);
    }

    static LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam) {
        auto* self = reinterpret_cast<ColorWindow*>(GetWindowLongPtrW(window, GWLP_USERDATA));
        if (self && message == WM_ERASEBKGND) {
            RECT client;
            GetClientRect(window, &client);
            if (self->detail_) {
                paintDetail(reinterpret_cast<HDC>(wParam), client.right, client.bottom, self->seed_);
                return 1;
            }
            HBRUSH brush = CreateSolidBrush(self->color_);
            FillRect(reinterpret_cast<HDC>(wParam), &client, brush);
            DeleteObject(brush);
            return 1;
        }
        if (self && message == WM_KEYDOWN) self->keys_.push_back(static_cast<UINT>(wParam));
        return DefWindowProcW(window, message, wParam, lParam);
    }

    HWND window_ = nullptr;
    COLORREF color_ = 0;
    bool detail_ = false;
    std::uint32_t seed_ = 0;
    std::vector<UINT> keys_;
};

// Collects what RemoteControl sends, in order: binary frames one by one, and the messages
// they came in.
class FakePeer : public StreamPeer {
public:
    bool sendText(const std::string& json) override {
        win32::Lock hold(lock_);
        texts_.push_back(json);
        order_.push_back("T");
        return true;
    }
    bool sendBinary(const std::uint8_t* data, std::size_t size) override {
        win32::Lock hold(lock_);
        messages_.emplace_back(data, data + size);
        for (Bytes& frame : test::framesOf(data, size)) {
            binaries_.push_back(std::move(frame));
            order_.push_back("B");
        }
        return true;
    }
    std::vector<Bytes> messages() {
        win32::Lock hold(lock_);
        return messages_;
    }
    std::vector<std::string> texts() {
        win32::Lock hold(lock_);
        return texts_;
    }
    std::vector<Bytes> binaries() {
        win32::Lock hold(lock_);
        return binaries_;
    }
    std::size_t count() {
        win32::Lock hold(lock_);
        return order_.size();
    }
    int frameEnds() {
        int n = 0;
        for (const Bytes& b : binaries()) n += !b.empty() && b[0] == 0x02;
        return n;
    }
    // The first text message of `type`, or null; waits up to `timeoutMs`, pumping messages.
    Json waitForText(const std::string& type, DWORD timeoutMs) {
        const ULONGLONG end = GetTickCount64() + timeoutMs;
        do {
            for (const std::string& text : texts()) {
                Json message;
                if (Json::parse(text, message) && message.getString("type") == type) return message;
            }
            pumpMessages(20);
        } while (GetTickCount64() < end);
        return Json();
    }
    bool waitForFrameEnds(int n, DWORD timeoutMs) {
        const ULONGLONG end = GetTickCount64() + timeoutMs;
        while (frameEnds() < n && GetTickCount64() < end) pumpMessages(20);
        return frameEnds() >= n;
    }

private:
    win32::CriticalSection lock_;
    std::vector<std::string> texts_;
    std::vector<Bytes> binaries_;
    std::vector<Bytes> messages_;
    std::vector<std::string> order_;
};

Json parse(const std::string& text) {
    Json message;
    Json::parse(text, message);
    return message;
}

int u16(const Bytes& b, std::size_t at) { return b[at] | (b[at + 1] << 8); }

// The viewer's acknowledgement of frame `seq`.
Json ackOf(int seq) {
    Json ack = Json::object();
    ack.set("type", Json::string("ack"));
    ack.set("seq", Json::integer(seq));
    return ack;
}

// The screen as the viewer would draw it from these frames (0xRRGGBB), with only bilevel
// rects decoded: what JPEG or PNG rects cover stays kUnknown.
constexpr std::uint32_t kUnknown = 0xFF000000u;
std::vector<std::uint32_t> replayBilevel(const std::vector<Bytes>& binaries, int width, int height) {
    std::vector<std::uint32_t> screen(static_cast<std::size_t>(width) * height, kUnknown);
    test::BilevelDecoder decoder;
    for (const Bytes& b : binaries) {
        if (b[0] != 0x01) continue;
        const int x = u16(b, 2), y = u16(b, 4), w = u16(b, 6), h = u16(b, 8);
        std::vector<std::uint32_t> rgb;
        if (b[1] == 3) rgb = decoder.decodeRect(b, 10, w, h);
        for (int row = 0; row < h; ++row)
            for (int col = 0; col < w; ++col)
                screen[static_cast<std::size_t>(y + row) * width + x + col] =
                    rgb.empty() ? kUnknown : rgb[static_cast<std::size_t>(row) * w + col];
    }
    return screen;
}

// Whether every pixel of the area is `rgb` (0xRRGGBB).
bool areaIs(const std::vector<std::uint32_t>& screen, int width, int x, int y, int w, int h, std::uint32_t rgb) {
    for (int row = y; row < y + h; ++row)
        for (int col = x; col < x + w; ++col)
            if (screen[static_cast<std::size_t>(row) * width + col] != rgb) return false;
    return true;
}

MonitorInfo primaryMonitor() {
    auto monitors = Monitors::list();
    return monitors.empty() ? MonitorInfo{} : monitors[static_cast<std::size_t>(Monitors::primaryIndex(monitors))];
}

// Decodes PNG or JPEG bytes to 32-bit BGRA.
bool decode(const Bytes& encoded, int& width, int& height, Bytes& bgra) {
    ComRef<IWICImagingFactory> factory;
    ComRef<IStream> stream;
    ComRef<IWICBitmapDecoder> decoder;
    ComRef<IWICBitmapFrameDecode> frame;
    ComRef<IWICBitmapSource> converted;
    if (FAILED(CoCreateInstance(CLSID_WICImagingFactory, nullptr, CLSCTX_INPROC_SERVER, IID_IWICImagingFactory,
                                reinterpret_cast<void**>(factory.put()))) ||
        FAILED(CreateStreamOnHGlobal(nullptr, TRUE, stream.put())))
        return false;
    ULONG written = 0;
    LARGE_INTEGER zero{};
    stream->Write(encoded.data(), static_cast<ULONG>(encoded.size()), &written);
    stream->Seek(zero, STREAM_SEEK_SET, nullptr);
    UINT w = 0, h = 0;
    if (FAILED(factory->CreateDecoderFromStream(stream.get(), nullptr, WICDecodeMetadataCacheOnDemand,
                                                decoder.put())) ||
        FAILED(decoder->GetFrame(0, frame.put())) ||
        FAILED(WICConvertBitmapSource(GUID_WICPixelFormat32bppBGRA, frame.get(), converted.put())) ||
        FAILED(converted->GetSize(&w, &h)))
        return false;
    width = static_cast<int>(w);
    height = static_cast<int>(h);
    bgra.resize(static_cast<std::size_t>(w) * h * 4);
    return SUCCEEDED(converted->CopyPixels(nullptr, w * 4, static_cast<UINT>(bgra.size()), bgra.data()));
}

bool within(int actual, int expected, int tolerance) { return actual >= expected - tolerance && actual <= expected + tolerance; }

// BGRx pixels as a photo has them: smooth colour fields, finer detail, a little noise.
Bytes photoLike(int w, int h) {
    Bytes pixels(static_cast<std::size_t>(w) * h * 4);
    std::uint32_t seed = 2026;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c) {
                seed = seed * 1103515245u + 12345u;
                const double field = 128 + 80 * std::sin(x / (19.0 + 7 * c) + y / (31.0 - 5 * c)) +
                                     25 * std::sin((x + 2 * y) / (4.0 + c));
                const int noise = static_cast<int>(seed >> 16) % 7 - 3;
                pixels[(static_cast<std::size_t>(y) * w + x) * 4 + c] =
                    static_cast<std::uint8_t>(std::clamp(static_cast<int>(field) + noise, 0, 255));
            }
    return pixels;
}

// How close `shown` is to `source` (both 4 bytes a pixel), in dB over B, G and R.
double psnr(const Bytes& source, const Bytes& shown) {
    double squares = 0;
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (i % 4 == 3) continue;
        const double d = static_cast<double>(source[i]) - shown[i];
        squares += d * d;
    }
    const double mse = squares / (static_cast<double>(source.size()) * 3 / 4);
    return mse == 0 ? 99.0 : 10 * std::log10(255.0 * 255.0 / mse);
}

}  // namespace

TEST_CASE("remote_capture_sees_a_window_and_only_its_tiles_change_whole_or_spot_checked") {
    const MonitorInfo monitor = primaryMonitor();
    CHECK((monitor.width >= 640 && monitor.height >= 480));
    ColorWindow window(monitor.x + 100, monitor.y + 100, 128, 128);
    ScreenCapture capture;
    TileDiff diff;
    const RECT area = Monitors::rectOf(monitor);
    CHECK(capture.grab(area));
    diff.resize(capture.current().width(), capture.current().height());
    diff.takeRects();
    const std::uint8_t* red = capture.current().bits() + 150 * capture.current().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(red[2]), 255);
    CHECK_EQ(static_cast<int>(red[1]), 0);
    CHECK_EQ(static_cast<int>(red[0]), 0);

    window.setColor(RGB(0, 255, 0));
    CHECK(capture.grab(area));
    CHECK(diff.compare(capture.previous().bits(), capture.current().bits(), capture.current().stride()));
    const std::uint8_t* green = capture.current().bits() + 150 * capture.current().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(green[1]), 255);
    CHECK_EQ(static_cast<int>(green[2]), 0);
    // The window spans pixels 100..227: exactly its pixels, nothing else.
    auto rects = diff.takeRects();
    CHECK(!rects.empty());
    int changed = 0;
    for (const ScreenRect& r : rects) {
        CHECK((r.x >= 100 && r.y >= 100 && r.x + r.width <= 228 && r.y + r.height <= 228));
        changed += r.width * r.height;
    }
    CHECK_EQ(changed, 128 * 128);

    // A spot check of the window's tiles: copied aside, compared, then taken into the picture.
    window.setColor(RGB(0, 0, 255));
    const ScreenRect part{64, 64, 192, 192};
    CHECK(capture.grabParts(area, {part}));
    const std::uint8_t* spot = capture.current().bits() + 150 * capture.current().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(spot[1]), 255);  // still green: not taken in yet
    CHECK(diff.compareArea(capture.current().bits(), capture.previous().bits(), capture.current().stride(), part));
    capture.adoptPart(part);
    CHECK_EQ(static_cast<int>(spot[0]), 255);  // blue
    rects = diff.takeRects();
    CHECK((rects.size() == 1 && rects[0] == (ScreenRect{100, 100, 128, 128})));
    // The next whole capture compares with the picture that has the spot in it: no change.
    CHECK(capture.grab(area));
    CHECK(!diff.compare(capture.previous().bits(), capture.current().bits(), capture.current().stride()));
    CHECK(!capture.grabParts(area, {{monitor.width - 32, 0, 64, 64}}));  // outside the monitor

    // A row scan's lines: copied aside only, the one through the window in its new colour.
    window.setColor(RGB(255, 0, 0));
    CHECK(capture.grabParts(area, {{0, 20, monitor.width, 1}, {0, 150, monitor.width, 1}}));
    const std::uint8_t* lineAside = capture.previous().bits() + 150 * capture.previous().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(lineAside[2]), 255);  // red
    const std::uint8_t* lineNow = capture.current().bits() + 150 * capture.current().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(lineNow[0]), 255);    // the current picture still has it blue
    const std::uint8_t* belowLine = capture.previous().bits() + 151 * capture.previous().stride() + 150 * 4;
    CHECK_EQ(static_cast<int>(belowLine[2]), 0);    // the next line was not copied
    CHECK(!capture.grabParts({area.left, area.top, area.right - 1, area.bottom}, {}));  // another size

    // Figures for the README: capture and diff of the whole primary monitor.
    const int rounds = 10;
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < rounds; ++i) {
        capture.grab(area);
        diff.compare(capture.previous().bits(), capture.current().bits(), capture.current().stride());
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::printf("    info: capture+diff of %dx%d: %.1f ms\n", monitor.width, monitor.height, ms / rounds);
}

// True when WIC's decoder gives back exactly the RGB of `pixels` (BGRx, rows of w).
bool decodesExactly(const Bytes& png, const Bytes& pixels, int w, int h) {
    Bytes decoded;
    int dw = 0, dh = 0;
    if (!decode(png, dw, dh, decoded) || dw != w || dh != h || decoded.size() != pixels.size()) return false;
    for (std::size_t i = 0; i < pixels.size(); i += 4)
        if (decoded[i] != pixels[i] || decoded[i + 1] != pixels[i + 1] || decoded[i + 2] != pixels[i + 2]) return false;
    return true;
}

TEST_CASE("remote_png_with_alpha_decodes_in_wic") {
    ComApartment com;
    PngWriter pngWriter;
    const int w = 80, h = 60;
    Bytes pixels(static_cast<std::size_t>(w) * h * 4);
    for (std::size_t i = 0; i < pixels.size(); i += 4) {
        pixels[i] = 40;
        pixels[i + 1] = 120;
        pixels[i + 2] = 200;
        pixels[i + 3] = 128;  // ignored for screen images, kept for pointer shapes
    }
    Bytes alphaPng, decoded;
    pngWriter.withAlpha(pixels.data(), w * 4, w, h, alphaPng);
    int dw = 0, dh = 0;
    const std::size_t center = (static_cast<std::size_t>(h / 2) * w + w / 2) * 4;
    CHECK(decode(alphaPng, dw, dh, decoded));
    CHECK_EQ(dw, w);
    if (decoded.size() > center + 3) {
        CHECK_EQ(static_cast<int>(decoded[center + 2]), 200);
        CHECK_EQ(static_cast<int>(decoded[center + 3]), 128);
    }
}

// Our JPEG files read by another decoder (WIC's; Wine's is libjpeg's): every size, the
// picture kept, and a higher quality spends more bytes for a closer picture.
TEST_CASE("remote_jpeg_decodes_in_wic_and_its_quality_trades_bytes_for_fidelity") {
    ComApartment com;
    JpegWriter writer;
    for (const auto& [w, h] : {std::pair{1, 1}, {7, 9}, {8, 8}, {83, 61}, {640, 8}, {300, 200}}) {
        CAPTURE(w);
        CAPTURE(h);
        const Bytes pixels = photoLike(w, h);
        Bytes jpeg, decoded;
        writer.screen(pixels.data(), static_cast<std::size_t>(w) * 4, w, h, 85, jpeg);
        int dw = 0, dh = 0;
        REQUIRE(decode(jpeg, dw, dh, decoded));
        CHECK_EQ(dw, w);
        CHECK_EQ(dh, h);
        CHECK(psnr(pixels, decoded) > 36);
    }
    // One colour comes back as that colour.
    const int w = 80, h = 60;
    Bytes flat(static_cast<std::size_t>(w) * h * 4), jpeg, decoded;
    for (std::size_t i = 0; i < flat.size(); i += 4) {
        flat[i] = 40;
        flat[i + 1] = 120;
        flat[i + 2] = 200;
    }
    writer.screen(flat.data(), w * 4, w, h, RemoteProtocol::kMediumJpegQuality, jpeg);
    int dw = 0, dh = 0;
    REQUIRE(decode(jpeg, dw, dh, decoded));
    const std::size_t center = (static_cast<std::size_t>(h / 2) * w + w / 2) * 4;
    CHECK(within(decoded[center], 40, 2));
    CHECK(within(decoded[center + 1], 120, 2));
    CHECK(within(decoded[center + 2], 200, 2));

    const Bytes photo = photoLike(320, 240);
    std::size_t previousBytes = 0;
    double previousPsnr = 0;
    for (int quality : {20, 40, RemoteProtocol::kMediumJpegQuality, 85, 100}) {
        CAPTURE(quality);
        writer.screen(photo.data(), 320 * 4, 320, 240, quality, jpeg);
        REQUIRE(decode(jpeg, dw, dh, decoded));
        const double fidelity = psnr(photo, decoded);
        std::printf("    info: JPEG of a 320x240 photo at quality %d: %zu bytes, %.2f dB\n", quality, jpeg.size(), fidelity);
        CHECK(jpeg.size() > previousBytes);
        CHECK(fidelity > previousPsnr);
        previousBytes = jpeg.size();
        previousPsnr = fidelity;
    }
    CHECK(previousPsnr > 45);
}

// Our deflater's matches of every length and distance, literals between them, and images
// larger than its 32 KiB window (a 256x256 pointer shape is 256 KiB): flat areas, repeated
// rows, shifted rows, noise.
TEST_CASE("remote_pointer_shape_compression_is_lossless") {
    ComApartment com;  // for WIC's decoder
    PngWriter writer;
    const int w = 1000, h = 400;
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return seed = seed * 1103515245u + 12345u, seed >> 16; };
    for (int colors : {4, 40, 256, 100000}) {
        Bytes pixels(static_cast<std::size_t>(w) * h * 4);
        for (int y = 0; y < h; ++y) {
            const int kind = y / 50;  // bands: flat, shifted, noisy, repeated...
            for (int x = 0; x < w; ++x) {
                std::uint32_t c;
                if (kind % 4 == 0) c = static_cast<std::uint32_t>(x / (1 + y % 300)) % colors;
                else if (kind % 4 == 1) c = static_cast<std::uint32_t>(x + y * 3) / 7 % colors;
                else if (kind % 4 == 2) c = next() % static_cast<std::uint32_t>(colors);
                else c = next() % 5 == 0 ? next() % static_cast<std::uint32_t>(colors) : static_cast<std::uint32_t>(y % colors);
                std::uint8_t* p = &pixels[(static_cast<std::size_t>(y) * w + x) * 4];
                p[0] = static_cast<std::uint8_t>(c);
                p[1] = static_cast<std::uint8_t>(c >> 8);
                p[2] = static_cast<std::uint8_t>(c * 37 >> 4);
                p[3] = 255;  // opaque: the decoder's colours are then the pixels' own
            }
        }
        Bytes png;
        writer.withAlpha(pixels.data(), w * 4, w, h, png);
        CHECK(decodesExactly(png, pixels, w, h));
    }
}

TEST_CASE("remote_local_input_is_noticed_once") {
    const MonitorInfo monitor = primaryMonitor();
    LocalInput local;
    InputInjector injector;
    CHECK(!local.changedSinceLastCheck());  // learns the latest input's time
    CHECK(!local.changedSinceLastCheck());
    Sleep(20);  // the input's time is in milliseconds
    CHECK(injector.mouse(monitor, 200, 150, 0, 0));
    CHECK(local.changedSinceLastCheck());
    CHECK(!local.changedSinceLastCheck());
    Sleep(20);
    CHECK(injector.key(0x2A, false, true));  // left Shift
    CHECK(injector.key(0x2A, false, false));
    CHECK(local.changedSinceLastCheck());
}

TEST_CASE("remote_keys_reach_the_foreground_window_with_their_virtual_keys") {
    ColorWindow target(100, 100, 200, 200);
    SetForegroundWindow(target.handle());
    SetFocus(target.handle());
    pumpMessages(100);
    InputInjector injector;
    for (const auto& [scan, extended] : {std::pair{0x43, false}, std::pair{0x4D, true}, std::pair{0x1E, false}}) {
        CHECK(injector.key(scan, extended, true));
        CHECK(injector.key(scan, extended, false));
    }
    pumpMessages(300);
    // F9, the right arrow (E0 4D, not the keypad's 6) and A: what the program sees, as on Windows.
    CHECK_EQ(target.keys(), std::vector<UINT>{VK_F9, VK_RIGHT, 'A'});
}

TEST_CASE("remote_send_input_moves_the_pointer") {
    const MonitorInfo monitor = primaryMonitor();
    InputInjector injector;
    CHECK(injector.mouse(monitor, 123, 45, 0, 0));
    POINT at{};
    GetCursorPos(&at);
    CHECK_EQ(at.x, monitor.x + 123);
    CHECK_EQ(at.y, monitor.y + 45);
    CHECK(injector.mouse(monitor, monitor.width + 500, -3, 0, 0));  // clamped to the monitor
    GetCursorPos(&at);
    CHECK_EQ(at.x, monitor.x + monitor.width - 1);
    CHECK_EQ(at.y, monitor.y);
}

TEST_CASE("remote_cursor_shapes_render_with_transparency") {
    for (LPCWSTR id : {IDC_ARROW, IDC_IBEAM}) {
        CursorShape shape;
        CHECK(CursorCapture::render(LoadCursorW(nullptr, id), shape));
        CHECK((shape.width >= 16 && shape.height >= 16));
        CHECK((shape.hotX < shape.width && shape.hotY < shape.height));
        int opaque = 0, transparent = 0;
        for (std::size_t i = 3; i < shape.bgra.size(); i += 4) {
            opaque += shape.bgra[i] == 255;
            transparent += shape.bgra[i] == 0;
        }
        CHECK(opaque > 10);
        CHECK(transparent > shape.width * shape.height / 2);
    }
}

TEST_CASE("remote_control_streams_frames_with_flow_control") {
    const MonitorInfo monitor = primaryMonitor();
    ColorWindow window(monitor.x + 300, monitor.y + 200, 100, 100);
    FakePeer peer;
    RemoteControl remote(peer);
    CHECK(peer.waitForFrameEnds(1, 5000));
    Json screen = parse(peer.texts().empty() ? "" : peer.texts()[0]);
    CHECK_EQ(screen.getString("type"), std::string("screen"));
    CHECK_EQ(screen.get("width").asInteger(), monitor.width);
    CHECK_EQ(screen.get("height").asInteger(), monitor.height);
    CHECK(!screen.get("monitors").items().empty());

    // The first frame: rects covering the whole monitor, then frame end 1.
    long long covered = 0;
    std::size_t frameBytes = 0;
    bool sawEnd = false;
    for (const Bytes& b : peer.binaries()) {
        if (b[0] == 0x03) {
            CHECK((b.size() > 13 && b[10] == 0x89 && b[11] == 'P'));  // a PNG after the 9-byte header
            continue;
        }
        if (b[0] == 0x02) {
            CHECK_EQ(b.size(), 5u);
            CHECK_EQ(static_cast<int>(b[1]), 1);
            sawEnd = true;
            break;
        }
        if (b[0] != 0x01) continue;  // pointer shapes may come in between
        CHECK((b[1] >= 1 && b[1] <= 3));
        CHECK(b.size() > 10);
        CHECK((u16(b, 2) + u16(b, 6) <= monitor.width && u16(b, 4) + u16(b, 8) <= monitor.height));
        covered += static_cast<long long>(u16(b, 6)) * u16(b, 8);
        frameBytes += b.size();
    }
    int shapes = 0;
    for (const Bytes& b : peer.binaries()) shapes += b[0] == 0x03;
    std::printf("    info: %d pointer shapes\n", shapes);
    std::printf("    info: first full frame of %dx%d: %zu bytes\n", monitor.width, monitor.height, frameBytes);
    CHECK(sawEnd);
    CHECK_EQ(covered, static_cast<long long>(monitor.width) * monitor.height);
    // ...all in one message: no rect waits on the network for the one before it.
    for (const Bytes& message : peer.messages()) {
        if (message[0] == 0x03) continue;
        const std::vector<Bytes> frames = test::framesOf(message.data(), message.size());
        CHECK_EQ(message[0], 0x06);
        CHECK_EQ(frames.back()[0], 0x02);
        break;
    }
    // A desktop of one colour and the red window: bilevel, exact.
    CHECK(areaIs(replayBilevel(peer.binaries(), monitor.width, monitor.height), monitor.width, 300, 200, 100, 100,
                 0xFF0000));
    CHECK(!peer.waitForText("cursor", 1000).isNull());

    // Changes keep coming, acks do not: exactly two frames go out.
    for (int i = 0; i < 12; ++i) window.setColor(i % 2 ? RGB(0, 0, 255) : RGB(255, 255, 0));
    CHECK_EQ(peer.frameEnds(), 2);
    CHECK(remote.onText(ackOf(1)));
    CHECK(peer.waitForFrameEnds(3, 3000));
    CHECK_EQ(peer.frameEnds(), 3);

    // A frame only carries tiles of the changed window (tiles 4..6 x 3..4 of 64 px).
    remote.onText(ackOf(3));
    const std::size_t before = peer.binaries().size();
    window.setColor(RGB(10, 20, 30));
    CHECK(peer.waitForFrameEnds(4, 3000));
    auto binaries = peer.binaries();
    for (std::size_t i = before; i < binaries.size(); ++i) {
        if (binaries[i][0] != 0x01) continue;
        CHECK((u16(binaries[i], 2) >= 256 && u16(binaries[i], 2) + u16(binaries[i], 6) <= 448));
        CHECK((u16(binaries[i], 4) >= 192 && u16(binaries[i], 4) + u16(binaries[i], 8) <= 320));
    }
    // The viewer's model follows the whole stream: the window's new colour decodes exactly.
    CHECK(areaIs(replayBilevel(binaries, monitor.width, monitor.height), monitor.width, 300, 200, 100, 100,
                 0x0A141E));

    remote.stop();
    const std::size_t sent = peer.count();
    window.setColor(RGB(200, 0, 200));
    pumpMessages(300);
    CHECK_EQ(peer.count(), sent);
}

// A 256x192 window at (200, 150) of the monitor over a 500x400 wallpaper at (100, 100), both
// with detail, so that neither matches itself moved; each drag() moves the window 24 px right
// and 8 px up.
struct DragScene {
    explicit DragScene(const MonitorInfo& shown)
        : monitor(shown),
          wallpaper(shown.x + 100, shown.y + 100, 500, 400),
          window(shown.x + 200, shown.y + 150, 256, 192) {
        wallpaper.setDetail(2);
        window.setDetail(1);
    }
    void drag() {
        ++drags;
        window.moveTo(monitor.x + 200 + 24 * drags, monitor.y + 150 - 8 * drags);
    }

    MonitorInfo monitor;
    ColorWindow wallpaper;
    ColorWindow window;
    int drags = 0;
};

TEST_CASE("remote_capture_finds_a_dragged_window_and_then_only_the_strips_it_uncovered_differ") {
    DragScene scene(primaryMonitor());
    const MonitorInfo& monitor = scene.monitor;
    ScreenCapture capture;
    TileDiff diff;
    ViewerScreen viewer;
    const RECT area = Monitors::rectOf(monitor);
    REQUIRE(capture.grab(area));
    const int width = capture.current().width();
    const int height = capture.current().height();
    diff.resize(width, height);
    diff.takeRects();
    viewer.resize(width, height);
    viewer.draw(capture.current().bits(), capture.current().stride(), {0, 0, width, height});

    scene.drag();
    REQUIRE(capture.grab(area));
    const DibSurface& current = capture.current();
    REQUIRE(diff.compare(capture.previous().bits(), current.bits(), current.stride()));
    const ScreenMove move = MoveDetector::find(viewer.bits(), current.bits(), current.stride(), width, height,
                                               diff.changedBounds());
    CHECK(move.to == ScreenRect{224, 142, 256, 192});  // where the window is now...
    CHECK(move.from() == ScreenRect{200, 150, 256, 192});  // ...from where it was
    // Once the viewer has copied it, what it shows differs from the new capture only where the
    // wallpaper was uncovered (a strip of 24 px at the window's left, one of 8 px at its bottom:
    // 6,464 pixels), in the tiles' boxes: not the window again (49,152). Over a flat desktop the
    // strips would match the move too, and the copy would be all.
    viewer.copy(move);
    diff.clear();
    CHECK(diff.compare(viewer.bits(), current.bits(), current.stride()));
    long long sent = 0;
    for (const ScreenRect& r : diff.takeRects()) sent += static_cast<long long>(r.width) * r.height;
    std::printf("    info: a 256x192 window moved: a copy and %lld pixels of rects\n", sent);
    CHECK(sent >= 24LL * 192 + 8LL * 232);
    CHECK(sent < 256LL * 192 / 4);
}

// The streamer's capture runs on its own thread in bands, so one capture may see part of a
// move (the capture above does not): what holds is that the moved window goes as copies.
TEST_CASE("remote_control_sends_a_dragged_window_as_a_copy_rect_first_in_its_frame") {
    DragScene scene(primaryMonitor());
    FakePeer peer;
    RemoteControl remote(peer);
    REQUIRE(peer.waitForFrameEnds(1, 5000));
    CHECK(remote.onText(ackOf(1)));
    pumpMessages(300);
    const std::size_t before = peer.binaries().size();

    scene.drag();
    bool copied = false;
    bool frameStart = true;
    const ULONGLONG end = GetTickCount64() + 3000;
    for (std::size_t seen = before; !copied && GetTickCount64() < end; pumpMessages(20)) {
        const std::vector<Bytes> binaries = peer.binaries();
        for (; seen < binaries.size(); ++seen) {
            const Bytes& b = binaries[seen];
            if (b[0] == 0x02) remote.onText(ackOf(static_cast<int>(b[1] | b[2] << 8 | b[3] << 16)));
            if (b[0] == 0x01 && b[1] == 5) {
                CHECK(frameStart);  // before any other rect of its frame
                REQUIRE_EQ(b.size(), 14u);
                CHECK_EQ(u16(b, 10) - u16(b, 2), -24);  // its source: where the block was
                CHECK_EQ(u16(b, 12) - u16(b, 4), 8);
                CHECK((u16(b, 2) >= 224 && u16(b, 4) >= 142 && u16(b, 2) + u16(b, 6) <= 480 &&
                       u16(b, 4) + u16(b, 8) <= 334));  // within the window where it is now
                copied = true;
            }
            if (b[0] == 0x01 || b[0] == 0x02) frameStart = b[0] == 0x02;
        }
    }
    CHECK(copied);
    remote.stop();
}

// Captures go on while frames wait for their acknowledgement: a window dragged twice meanwhile
// goes as one copy of both moves, from what the viewer shows (not from the capture before,
// which saw the first move only).
TEST_CASE("remote_control_sends_a_window_dragged_twice_while_frames_waited_as_one_copy") {
    DragScene scene(primaryMonitor());
    // 40 px high within one band of 64 rows: each change of colour is captured whole.
    ColorWindow blinker(scene.monitor.x + 700, scene.monitor.y + 260, 40, 40);
    pumpMessages(300);  // the scene painted before the first frame
    FakePeer peer;
    RemoteControl remote(peer);
    REQUIRE(peer.waitForFrameEnds(1, 5000));
    blinker.setColor(RGB(0, 0, 255));
    REQUIRE(peer.waitForFrameEnds(2, 3000));  // two frames wait: nothing more goes
    scene.drag();
    pumpMessages(300);
    scene.drag();
    pumpMessages(300);
    REQUIRE_EQ(peer.frameEnds(), 2);
    const std::size_t before = peer.binaries().size();

    CHECK(remote.onText(ackOf(2)));
    REQUIRE(peer.waitForFrameEnds(3, 3000));
    const std::vector<Bytes> binaries = peer.binaries();
    const Bytes& first = binaries[before];
    REQUIRE(first.size() == 14u);
    CHECK_EQ(static_cast<int>(first[1]), 5);  // a copy rect
    CHECK_EQ(u16(first, 2), 248);  // the window where it is now
    CHECK_EQ(u16(first, 4), 134);
    CHECK_EQ(u16(first, 10), 200);  // from where the viewer shows it
    CHECK_EQ(u16(first, 12), 150);
    remote.stop();
}

// What a still screen costs in CPU is a benchmark figure (benchmarks/remote-benchmark),
// not a pass/fail bound here: a timed check fails whenever the machine is busy.
TEST_CASE("remote_control_sends_nothing_while_the_screen_is_still") {
    FakePeer peer;
    RemoteControl remote(peer);
    CHECK(peer.waitForFrameEnds(1, 5000));
    remote.onText(ackOf(1));
    Sleep(2500);  // still for a second, then the capture interval grows
    const std::size_t sent = peer.count();
    Sleep(3000);
    CHECK_EQ(peer.count(), sent);  // nothing changed, nothing sent
    remote.stop();
}

TEST_CASE("remote_control_input_and_view_only") {
    const MonitorInfo monitor = primaryMonitor();
    FakePeer peer;
    RemoteControl remote(peer);
    Json mouse = Json::object();
    mouse.set("type", Json::string("mouse"));
    mouse.set("x", Json::integer(40));
    mouse.set("y", Json::integer(30));
    mouse.set("buttons", Json::integer(0));
    CHECK(remote.onText(mouse));
    POINT at{};
    GetCursorPos(&at);
    CHECK_EQ(at.x, monitor.x + 40);
    CHECK_EQ(at.y, monitor.y + 30);

    Json viewOnly = Json::object();
    viewOnly.set("type", Json::string("viewOnly"));
    viewOnly.set("on", Json::boolean(true));
    CHECK(remote.onText(viewOnly));
    mouse.set("x", Json::integer(90));
    CHECK(remote.onText(mouse));
    GetCursorPos(&at);
    CHECK_EQ(at.x, monitor.x + 40);

    Json chat = Json::object();
    chat.set("type", Json::string("chat"));
    CHECK(!remote.onText(chat));  // not Remote Control's
    Json fileAck = Json::object();
    fileAck.set("type", Json::string("ack"));
    fileAck.set("id", Json::integer(6));
    CHECK(!remote.onText(fileAck));
    remote.stop();
}

TEST_CASE("remote_control_reports_what_wine_cannot_do") {
    FakePeer peer;
    RemoteControl remote(peer);
    Json cad = Json::object();
    cad.set("type", Json::string("cad"));
    CHECK(remote.onText(cad));
    Json error = peer.waitForText("error", 1000);
    CHECK(error.getString("message").find("Ctrl+Alt+Del") != std::string::npos);

    Json blank = Json::object();
    blank.set("type", Json::string("blank"));
    blank.set("on", Json::boolean(true));
    CHECK(remote.onText(blank));
    bool blankError = false;
    for (const std::string& text : peer.texts()) blankError |= text.find("Blanking") != std::string::npos;
    HWND blanker = FindWindowW(L"AdHocSupport.Blank", nullptr);
    // Either Windows excludes the window from capture, or nothing is shown and the viewer is told.
    CHECK(blankError != (blanker != nullptr && IsWindowVisible(blanker)));
    blank.set("on", Json::boolean(false));
    CHECK(remote.onText(blank));
    CHECK(FindWindowW(L"AdHocSupport.Blank", nullptr) == nullptr);

    Json monitor = Json::object();
    monitor.set("type", Json::string("monitor"));
    monitor.set("index", Json::integer(7));
    CHECK(remote.onText(monitor));
    bool monitorError = false;
    for (const std::string& text : peer.texts()) monitorError |= text.find("no monitor 7") != std::string::npos;
    CHECK(monitorError);
    remote.stop();
}

TEST_CASE("remote_control_syncs_clipboard_text_both_ways") {
    FakePeer peer;
    RemoteControl remote(peer);
    pumpMessages(100);
    const std::wstring local = L"copied on the PC \u00e8";
    if (OpenClipboard(nullptr)) {
        EmptyClipboard();
        HGLOBAL memory = GlobalAlloc(GMEM_MOVEABLE, (local.size() + 1) * sizeof(wchar_t));
        std::memcpy(GlobalLock(memory), local.c_str(), (local.size() + 1) * sizeof(wchar_t));
        GlobalUnlock(memory);
        SetClipboardData(CF_UNICODETEXT, memory);
        CloseClipboard();
    }
    Json reported = peer.waitForText("clipboard", 3000);
    CHECK_EQ(reported.getString("text"), win32::TextConvert::toUtf8(local));

    Json fromViewer = Json::object();
    fromViewer.set("type", Json::string("clipboard"));
    fromViewer.set("text", Json::string("from the technician"));
    CHECK(remote.onText(fromViewer));
    std::wstring onPc;
    for (int i = 0; i < 50 && onPc != L"from the technician"; ++i) {
        pumpMessages(20);
        if (!OpenClipboard(nullptr)) continue;
        if (HANDLE data = GetClipboardData(CF_UNICODETEXT)) {
            onPc = static_cast<const wchar_t*>(GlobalLock(data));
            GlobalUnlock(data);
        }
        CloseClipboard();
    }
    CHECK(onPc == L"from the technician");
    pumpMessages(300);
    int reports = 0;
    for (const std::string& text : peer.texts()) reports += text.find("\"clipboard\"") != std::string::npos;
    CHECK_EQ(reports, 1);  // the viewer's own text is not echoed back
    remote.stop();
}
