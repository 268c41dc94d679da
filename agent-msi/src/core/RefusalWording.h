// RefusalWording: the text the end user reads when the server refuses an activation
// (docs/protocol.md, "Activation"). The agent words every reason it knows in the user's
// language; the server's English `message` is shown only for a reason this agent does not
// know.
#pragma once

#include <cstdint>
#include <string>

#include "Strings.h"

namespace adhoc {

class RefusalWording {
public:
    // `retryAfterSeconds` (TOO_MANY_ATTEMPTS) is said in whole minutes, rounded up.
    static std::string word(Language language, const std::string& reason,
                            std::int64_t retryAfterSeconds, const std::string& serverMessage);
    static std::int64_t minutesToWait(std::int64_t retryAfterSeconds);
};

}  // namespace adhoc
