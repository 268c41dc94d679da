// EventQueue: thread-safe FIFO of events for the service's main loop (frames and
// connection changes from the connection thread, wake-ups from the pipe thread).
// Win32 CONDITION_VARIABLE based: GCC 12's win32 thread model has no std::thread.
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "../win32/Handle.h"

namespace adhoc::service {

struct AgentEvent {
    enum class Type { Connected, Frame, Disconnected, Wake };
    Type type = Type::Wake;
    std::string text;  // frame payload or disconnect reason
    bool serverNotTrusted = false;  // Disconnected: the server's certificate could not be verified
};

class EventQueue {
public:
    EventQueue() { InitializeConditionVariable(&cv_); }

    void post(AgentEvent event) {
        {
            win32::Lock lock(cs_);
            events_.push_back(std::move(event));
        }
        WakeConditionVariable(&cv_);
    }

    // Waits up to `timeoutMs` for at least one event, then takes all queued events.
    std::vector<AgentEvent> wait(DWORD timeoutMs) {
        win32::Lock lock(cs_);
        if (events_.empty()) SleepConditionVariableCS(&cv_, cs_.native(), timeoutMs);
        std::vector<AgentEvent> out(events_.begin(), events_.end());
        events_.clear();
        return out;
    }

private:
    win32::CriticalSection cs_;
    CONDITION_VARIABLE cv_;
    std::deque<AgentEvent> events_;
};

}  // namespace adhoc::service
