// SecureDirectory: the folders the service writes as SYSTEM (%ProgramData%\AdHocSupport,
// its logs). ensure() creates a missing folder with a protected DACL (SYSTEM and
// Administrators full control, nothing inherited from %ProgramData%) and uses an existing
// one only if core/DirectoryTrust accepts it; a folder a standard user placed there (theirs,
// open to others, or a junction/symbolic link) is deleted without following links and
// created again, and is not used at all if that fails. removeTree() never follows a
// reparse point: a link is removed itself, never what it points to.
#pragma once

#include <string>
#include <vector>

#include "../core/DirectoryTrust.h"

namespace adhoc::win32 {

class SecureDirectory {
public:
    static constexpr const wchar_t* kSddl = L"D:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)";

    // True when `path` is a folder the service can trust. What happened (a folder that
    // had to be replaced, or could not be) is appended to `events` for the log.
    static bool ensure(const std::wstring& path, std::vector<std::string>& events);
    // Owner, DACL and attributes of `path`, without following a link; false if unreadable.
    static bool readFacts(const std::wstring& path, DirectoryFacts& facts);
    // Deletes `path` and its contents; links inside (or `path` itself, if a link) are
    // removed, never followed. True when `path` is gone.
    static bool removeTree(const std::wstring& path);
    // The SID of the account this process runs as ("S-1-5-18" for the service).
    static std::string selfSid();
};

}  // namespace adhoc::win32
