// ScreenBlanker: see ScreenBlanker.h.
#include "ScreenBlanker.h"

#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

using win32::Logger;
using win32::TextConvert;

namespace {
constexpr wchar_t kWindowClass[] = L"AdHocSupport.Blank";
// WDA_EXCLUDEFROMCAPTURE, Windows 10 2004 and later; older headers lack the name.
constexpr DWORD kExcludeFromCapture = 0x11;
}  // namespace

bool ScreenBlanker::show(const RECT& area) {
    hide();
    return thread_.start([this, area] { return createWindow(area); });
}

HWND ScreenBlanker::createWindow(const RECT& area) {
    desktop_.follow();  // the window belongs on the desktop the user sees
    WNDCLASSW windowClass{};
    windowClass.lpfnWndProc = &DefWindowProcW;
    windowClass.hInstance = GetModuleHandleW(nullptr);
    windowClass.hbrBackground = static_cast<HBRUSH>(GetStockObject(BLACK_BRUSH));
    windowClass.hCursor = nullptr;
    windowClass.lpszClassName = kWindowClass;
    RegisterClassW(&windowClass);  // fails harmlessly when already registered
    HWND window = CreateWindowExW(WS_EX_TOPMOST | WS_EX_TOOLWINDOW | WS_EX_NOACTIVATE, kWindowClass, L"", WS_POPUP,
                                  area.left, area.top, area.right - area.left, area.bottom - area.top, nullptr,
                                  nullptr, GetModuleHandleW(nullptr), nullptr);
    if (!window) {
        Logger::error("remote control: cannot create the blanking window: " + TextConvert::errorText(GetLastError()));
        return nullptr;
    }
    if (!SetWindowDisplayAffinity(window, kExcludeFromCapture)) {
        Logger::warn("remote control: blanking not available, the window cannot be excluded from capture: " +
                     TextConvert::errorText(GetLastError()));
        DestroyWindow(window);
        return nullptr;
    }
    ShowWindow(window, SW_SHOWNOACTIVATE);
    return window;
}

}  // namespace adhoc::remote
