// WindowThread: a thread that owns one window and pumps its messages until stopped.
// The window is made on that thread by a callback, so its window procedure runs there.
#pragma once

#include <windows.h>

#include <functional>

#include "../win32/Handle.h"

namespace adhoc::remote {

class WindowThread {
public:
    using Factory = std::function<HWND()>;

    WindowThread() = default;
    ~WindowThread() { stop(); }
    WindowThread(const WindowThread&) = delete;
    WindowThread& operator=(const WindowThread&) = delete;

    // Starts the thread and waits until `create` has run there; false (and no thread)
    // when it returned no window.
    bool start(Factory create);
    // Destroys the window and ends the thread; safe to call more than once.
    void stop();
    HWND window() const { return window_; }
    bool running() const { return thread_.valid(); }

private:
    static DWORD WINAPI threadMain(void* self);
    void run();

    Factory create_;
    HWND window_ = nullptr;
    DWORD threadId_ = 0;
    win32::UniqueHandle ready_;
    win32::UniqueHandle thread_;
};

}  // namespace adhoc::remote
