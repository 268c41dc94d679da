// ServiceList: the Dashboard's Windows services (name, display name, state, start type)
// and starting or stopping one. The agent's own service is never stopped from here.
#pragma once

#include <string>

#include "../core/Json.h"

namespace adhoc::dashboard {

class ServiceList {
public:
    // [{"name":"Spooler","display":"Print Spooler","state":"running","startType":"auto"}, ...]
    static Json list();
    // `action` is "start" or "stop"; returns once Windows reports the new state (or after
    // a few seconds). Throws RequestFailure.
    static void control(const std::string& name, const std::string& action);
};

}  // namespace adhoc::dashboard
