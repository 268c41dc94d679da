// EventLog: the Dashboard's `events` answer: the latest critical and error events of the
// System log (Windows Event Log API, wevtapi). A log that cannot be read (the Event Log
// service stopped, or Wine, whose wevtapi is a stub) is a RequestFailure, never an empty
// list: the viewer would show that as "no recent errors".
#pragma once

#include "../core/Json.h"

namespace adhoc::dashboard {

class EventLog {
public:
    // [{"time":"...Z","source":"...","id":7000,"message":"..."}, ...], newest first.
    static Json latestSystemErrors(int count);
};

}  // namespace adhoc::dashboard
