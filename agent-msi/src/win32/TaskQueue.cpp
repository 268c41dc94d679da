// TaskQueue: see TaskQueue.h.
#include "TaskQueue.h"

namespace adhoc::win32 {

namespace {
constexpr SIZE_T kStackReservation = 16 * 1024 * 1024;
}

TaskQueue::TaskQueue() {
    InitializeConditionVariable(&wake_);
    // A generous reservation (address space only): deleting or zipping a deep folder
    // tree recurses once per level, and a 32k-character path can nest 16k levels.
    thread_.reset(CreateThread(nullptr, kStackReservation, &TaskQueue::threadMain, this,
                               STACK_SIZE_PARAM_IS_A_RESERVATION, nullptr));
}

void TaskQueue::stop() {
    {
        win32::Lock lock(cs_);
        stopping_ = true;
        tasks_.clear();
    }
    WakeConditionVariable(&wake_);
    if (thread_ && GetThreadId(thread_.get()) != GetCurrentThreadId()) WaitForSingleObject(thread_.get(), INFINITE);
}

void TaskQueue::post(std::function<void()> task) {
    {
        win32::Lock lock(cs_);
        if (stopping_) return;
        tasks_.push_back(std::move(task));
    }
    WakeConditionVariable(&wake_);
}

DWORD WINAPI TaskQueue::threadMain(void* self) {
    static_cast<TaskQueue*>(self)->run();
    return 0;
}

void TaskQueue::run() {
    for (;;) {
        std::function<void()> task;
        {
            win32::Lock lock(cs_);
            while (tasks_.empty() && !stopping_) SleepConditionVariableCS(&wake_, cs_.native(), INFINITE);
            if (stopping_) return;
            task = std::move(tasks_.front());
            tasks_.pop_front();
        }
        task();
    }
}

}  // namespace adhoc::win32
