// Strings: the app's user-visible texts in English and Italian (UTF-8). The language is
// chosen from the Windows UI language id; messages from the server are shown verbatim
// and never translated here.
#pragma once

#include <string>

namespace adhoc {

enum class Language { English, Italian };

enum class StringId {
    WindowTitle,
    Intro,
    CodeLabel,
    LinkLabel,
    Activate,
    EndSession,
    ConfirmEnd,
    StateConnectingService,
    StateWaitingForCode,
    StateActivating,
    StateActiveUntil,      // %1 technician, %2 local time
    StateTechnicianConnected,
    StateOffline,
    StateEnding,
    HostSoftwareInstalled,
    NeedLink,
    CodeMissing,
    ConnectionLost,
    AccountFailed,
    Busy,
    ServerUnreachable,
    ServerNotTrusted,
    ChatTitle,             // %1 technician
    ChatSend,
    ChatYou,
    Count_
};

class Strings {
public:
    // Primary language id of a Windows LANGID (LANG_ITALIAN is 0x10).
    static Language fromLangId(unsigned short langId);
    static const char* get(Language language, StringId id);
    // Replaces %1 and %2 in `pattern`.
    static std::string format(const std::string& pattern, const std::string& arg1,
                              const std::string& arg2 = std::string());
};

}  // namespace adhoc
