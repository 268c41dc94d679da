// UtcTime: conversions between ISO-8601 UTC timestamps ("2026-11-26T10:15:00Z") and
// seconds since the Unix epoch. The agent's own clock decides expiry with these.
#pragma once

#include <cstdint>
#include <string>

namespace adhoc {

class UtcTime {
public:
    // Accepts "YYYY-MM-DDTHH:MM:SS[.fff]" followed by "Z" or "+HH:MM"/"-HH:MM".
    // Returns false for anything else (the caller treats it as "no expiry known").
    static bool parseIso8601(const std::string& text, std::int64_t& epochSeconds);

    // Formats as "YYYY-MM-DDTHH:MM:SSZ".
    static std::string formatIso8601(std::int64_t epochSeconds);

    // Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    static std::int64_t daysFromCivil(int year, unsigned month, unsigned day);
};

}  // namespace adhoc
