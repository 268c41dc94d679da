// DirectoryTrust: whether a folder the service writes as SYSTEM (%ProgramData%\AdHocSupport
// and its logs) can be used as it is: not a reparse point (junction or symbolic link),
// owned by SYSTEM, Administrators or the service's own account, and with a DACL that
// allows nobody else. A standard user can create %ProgramData% folders before the agent
// is installed (and owns what they create): such a folder, or a link they placed, is
// never written through. Portable: win32/SecureDirectory reads the facts with
// GetFileInformationByHandle and GetSecurityInfo; the decision is unit-tested here.
#pragma once

#include <string>
#include <vector>

namespace adhoc {

struct DirectoryFacts {
    struct Ace {
        bool allow = true;
        std::string sid;  // "S-1-5-18", ...
    };
    bool isDirectory = true;
    bool reparsePoint = false;
    std::string ownerSid;
    bool daclPresent = true;  // false: a NULL DACL, which grants everyone everything
    std::vector<Ace> aces;
};

class DirectoryTrust {
public:
    static constexpr const char* kSystemSid = "S-1-5-18";
    static constexpr const char* kAdministratorsSid = "S-1-5-32-544";

    // Empty when the folder can be used; otherwise why not. `selfSid` is the account the
    // process runs as (SYSTEM for the service).
    static std::string problem(const DirectoryFacts& facts, const std::string& selfSid);
};

}  // namespace adhoc
