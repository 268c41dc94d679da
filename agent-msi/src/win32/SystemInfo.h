// SystemInfo: what the agent tells the server about the PC in `activate`: the computer
// name and a readable Windows version ("Windows 10 Pro 10.0.19045").
#pragma once

#include <string>

#include "../core/ProtocolCodec.h"

namespace adhoc::win32 {

// The Windows product and version, e.g. {"Windows 11 Pro", "10.0.22631"}.
struct WindowsVersion {
    std::string product;
    std::string number;
};

class SystemInfo {
public:
    static ComputerInfo computer();
    static WindowsVersion windows();
    static std::int64_t nowMs();  // epoch milliseconds, system clock
};

}  // namespace adhoc::win32
