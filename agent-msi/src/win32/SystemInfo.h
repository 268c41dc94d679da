// SystemInfo: what the agent tells the server about the PC in `activate`: the computer
// name and a readable Windows version ("Windows 10 Pro 10.0.19045").
#pragma once

#include "../core/ProtocolCodec.h"

namespace adhoc::win32 {

class SystemInfo {
public:
    static ComputerInfo computer();
    static std::int64_t nowMs();  // epoch milliseconds, system clock
};

}  // namespace adhoc::win32
