// SystemReport: the Dashboard's `system` answer: computer name, Windows product and
// version, uptime, CPU (name, logical cores, load over a short sample), memory, fixed
// disks and network adapters with their MAC and IP addresses.
#pragma once

#include "../core/Json.h"

namespace adhoc::dashboard {

class SystemReport {
public:
    // Adds "computer", "os", "version", "uptimeSeconds", "cpu", "memory", "disks" and
    // "adapters" to `reply`. Takes about a quarter of a second (the CPU load sample).
    static void addTo(Json& reply);
};

}  // namespace adhoc::dashboard
