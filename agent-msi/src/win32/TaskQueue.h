// TaskQueue: one worker thread running posted tasks in order, so a StreamHandler's
// receive callbacks return at once (docs/protocol.md, "Connections"). The File Manager,
// its transfers, the Dashboard and the chat window each own one. Win32 threads: GCC 12's
// win32 thread model has no std::thread.
#pragma once

#include <deque>
#include <functional>

#include "Handle.h"

namespace adhoc::win32 {

class TaskQueue {
public:
    TaskQueue();
    ~TaskQueue() { stop(); }
    TaskQueue(const TaskQueue&) = delete;
    TaskQueue& operator=(const TaskQueue&) = delete;

    void post(std::function<void()> task);
    // Waits for the running task to finish and drops the queued ones; later posts are
    // ignored. Idempotent.
    void stop();

private:
    static DWORD WINAPI threadMain(void* self);
    void run();

    win32::CriticalSection cs_;
    CONDITION_VARIABLE wake_;
    std::deque<std::function<void()>> tasks_;
    bool stopping_ = false;
    win32::UniqueHandle thread_;
};

}  // namespace adhoc::win32
