// EventLog: the Dashboard's `events` answer: the latest critical and error events of the
// System log (Windows Event Log API, wevtapi). Where the API is missing or the log
// cannot be read (Wine), the list is empty rather than an error.
#pragma once

#include "../core/Json.h"

namespace adhoc::dashboard {

class EventLog {
public:
    // [{"time":"...Z","source":"...","id":7000,"message":"..."}, ...], newest first.
    static Json latestSystemErrors(int count);
};

}  // namespace adhoc::dashboard
