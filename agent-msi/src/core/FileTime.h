// FileTime: Windows FILETIME values (100-ns steps since 1601-01-01 UTC), as plain 64-bit
// numbers, turned into the protocol's timestamps ("2026-11-25T10:00:00Z"). Portable.
#pragma once

#include <cstdint>
#include <string>

#include "UtcTime.h"

namespace adhoc {

class FileTime {
public:
    // The Unix epoch is 11,644,473,600 s after the FILETIME epoch.
    static std::int64_t toUnixSeconds(std::uint64_t ticks) {
        return static_cast<std::int64_t>(ticks / 10000000ULL) - 11644473600LL;
    }
    static std::string iso8601(std::uint64_t ticks) { return UtcTime::formatIso8601(toUnixSeconds(ticks)); }
    static std::uint64_t ticks(std::uint32_t low, std::uint32_t high) {
        return (static_cast<std::uint64_t>(high) << 32) | low;
    }
};

}  // namespace adhoc
