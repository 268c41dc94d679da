// WindowThread: see WindowThread.h.
#include "WindowThread.h"

#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

namespace {
// Posted to the thread (not the window) to end the message loop.
constexpr UINT kStopMessage = WM_APP + 0x3F0;
}  // namespace

bool WindowThread::start(Factory create) {
    stop();
    create_ = std::move(create);
    ready_.reset(CreateEventW(nullptr, TRUE, FALSE, nullptr));
    thread_.reset(CreateThread(nullptr, 0, &WindowThread::threadMain, this, 0, &threadId_));
    if (!thread_) {
        win32::Logger::error("remote control: cannot start a window thread: " +
                             win32::TextConvert::errorText(GetLastError()));
        return false;
    }
    WaitForSingleObject(ready_.get(), INFINITE);
    if (!window_) {
        WaitForSingleObject(thread_.get(), INFINITE);
        thread_.reset();
        return false;
    }
    return true;
}

void WindowThread::stop() {
    if (!thread_) return;
    PostThreadMessageW(threadId_, kStopMessage, 0, 0);
    WaitForSingleObject(thread_.get(), INFINITE);
    thread_.reset();
}

DWORD WINAPI WindowThread::threadMain(void* self) {
    static_cast<WindowThread*>(self)->run();
    return 0;
}

void WindowThread::run() {
    MSG message;
    // Creates this thread's message queue before anyone can post the stop message to it.
    PeekMessageW(&message, nullptr, WM_USER, WM_USER, PM_NOREMOVE);
    window_ = create_();
    SetEvent(ready_.get());
    if (!window_) return;
    while (GetMessageW(&message, nullptr, 0, 0) > 0) {
        if (message.hwnd == nullptr && message.message == kStopMessage) break;
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    DestroyWindow(window_);
    window_ = nullptr;
}

}  // namespace adhoc::remote
