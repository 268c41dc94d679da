// RefusalWording: see RefusalWording.h.
#include "RefusalWording.h"

namespace adhoc {

std::int64_t RefusalWording::minutesToWait(std::int64_t retryAfterSeconds) {
    if (retryAfterSeconds <= 0) return 1;
    return (retryAfterSeconds + 59) / 60;
}

std::string RefusalWording::word(Language language, const std::string& reason,
                                 std::int64_t retryAfterSeconds, const std::string& serverMessage) {
    if (reason == "EXPIRED") return Strings::get(language, StringId::RefusedExpired);
    if (reason == "INVALID_CODE") return Strings::get(language, StringId::RefusedInvalidCode);
    if (reason == "PASSWORD_POLICY") return Strings::get(language, StringId::RefusedPasswordPolicy);
    if (reason == "TOO_MANY_ATTEMPTS")
        return Strings::format(Strings::get(language, StringId::RefusedTooManyAttempts),
                               std::to_string(minutesToWait(retryAfterSeconds)));
    if (!serverMessage.empty()) return serverMessage;
    return Strings::format(Strings::get(language, StringId::RefusedOther), reason);
}

}  // namespace adhoc
