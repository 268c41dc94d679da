// ClipboardSync: see ClipboardSync.h.
#include "ClipboardSync.h"

#include <cstring>

#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

using win32::Logger;
using win32::TextConvert;

namespace {

constexpr wchar_t kWindowClass[] = L"AdHocSupport.Clipboard";
constexpr UINT kSetTextMessage = WM_APP + 1;

// Another program may hold the clipboard for a moment.
bool openClipboard(HWND owner) {
    for (int attempt = 0; attempt < 10; ++attempt) {
        if (OpenClipboard(owner)) return true;
        Sleep(20);
    }
    return false;
}

}  // namespace

bool ClipboardSync::start() {
    return thread_.start([this] { return createWindow(); });
}

void ClipboardSync::stop() { thread_.stop(); }

void ClipboardSync::setText(const std::string& utf8) {
    {
        win32::Lock hold(lock_);
        pending_ = TextConvert::toWide(utf8);
        hasPending_ = true;
    }
    if (thread_.running()) PostMessageW(thread_.window(), kSetTextMessage, 0, 0);
}

HWND ClipboardSync::createWindow() {
    WNDCLASSW windowClass{};
    windowClass.lpfnWndProc = &ClipboardSync::windowProc;
    windowClass.hInstance = GetModuleHandleW(nullptr);
    windowClass.lpszClassName = kWindowClass;
    RegisterClassW(&windowClass);  // fails harmlessly when already registered
    HWND window = CreateWindowExW(0, kWindowClass, L"", 0, 0, 0, 0, 0, HWND_MESSAGE, nullptr,
                                  GetModuleHandleW(nullptr), this);
    if (!window) {
        Logger::error("remote control: cannot create the clipboard window: " + TextConvert::errorText(GetLastError()));
        return nullptr;
    }
    if (!AddClipboardFormatListener(window)) {
        Logger::error("remote control: cannot listen to the clipboard: " + TextConvert::errorText(GetLastError()));
        DestroyWindow(window);
        return nullptr;
    }
    return window;
}

LRESULT CALLBACK ClipboardSync::windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam) {
    if (message == WM_NCCREATE) {
        auto* create = reinterpret_cast<CREATESTRUCTW*>(lParam);
        SetWindowLongPtrW(window, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(create->lpCreateParams));
    }
    auto* self = reinterpret_cast<ClipboardSync*>(GetWindowLongPtrW(window, GWLP_USERDATA));
    if (self && message == WM_CLIPBOARDUPDATE) {
        self->reportChange();
        return 0;
    }
    if (self && message == kSetTextMessage) {
        self->applyPendingText();
        return 0;
    }
    if (message == WM_DESTROY) RemoveClipboardFormatListener(window);
    return DefWindowProcW(window, message, wParam, lParam);
}

void ClipboardSync::reportChange() {
    if (GetClipboardSequenceNumber() == ownSequence_) return;  // our own change: no echo
    if (!IsClipboardFormatAvailable(CF_UNICODETEXT) || !openClipboard(thread_.window())) return;
    std::wstring text;
    if (HANDLE data = GetClipboardData(CF_UNICODETEXT)) {
        if (const auto* chars = static_cast<const wchar_t*>(GlobalLock(data))) {
            text.assign(chars, wcsnlen(chars, GlobalSize(data) / sizeof(wchar_t)));
            GlobalUnlock(data);
        }
    }
    CloseClipboard();
    onChange_(TextConvert::toUtf8(text));
}

void ClipboardSync::applyPendingText() {
    std::wstring text;
    {
        win32::Lock hold(lock_);
        if (!hasPending_) return;  // an earlier message already applied it
        text.swap(pending_);
        hasPending_ = false;
    }
    const std::size_t bytes = (text.size() + 1) * sizeof(wchar_t);
    win32::UniqueGlobal memory(GlobalAlloc(GMEM_MOVEABLE, bytes));
    if (!memory) return;
    if (void* target = GlobalLock(memory.get())) {
        std::memcpy(target, text.c_str(), bytes);
        GlobalUnlock(memory.get());
    }
    if (!openClipboard(thread_.window())) {
        Logger::warn("remote control: the clipboard is busy; the technician's text was not set");
        return;
    }
    EmptyClipboard();
    if (SetClipboardData(CF_UNICODETEXT, memory.get())) memory.release();  // on success Windows owns it
    CloseClipboard();
    ownSequence_ = GetClipboardSequenceNumber();
}

}  // namespace adhoc::remote
