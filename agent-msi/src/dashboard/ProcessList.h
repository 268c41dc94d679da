// ProcessList: the Dashboard's running processes (pid, name, working set where Windows
// lets the worker read it, else 0) and ending one of them. Refuses the idle process
// (0), System (4), the worker itself and processes Windows marks critical.
#pragma once

#include <cstdint>

#include "../core/Json.h"

namespace adhoc::dashboard {

class ProcessList {
public:
    // [{"pid":4,"name":"System","memory":1}, ...]
    static Json list();
    // TerminateProcess; throws RequestFailure (ACCESS_DENIED, NOT_FOUND, FAILED).
    static void end(std::int64_t pid);
};

}  // namespace adhoc::dashboard
