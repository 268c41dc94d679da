// Strings: every text the end user sees from the agent (app, chat window, refusals), in
// the seven console languages (UTF-8). The language is chosen from the Windows UI language
// id, English for any other. One table per language, one file each (StringsEnglish.cpp,
// StringsItalian.cpp, ... declared in StringTables.h).
#pragma once

#include <string>

namespace adhoc {

enum class Language { English, Italian, French, German, Spanish, Portuguese, Dutch };

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
    StateConnectionRecorded,  // the company records the technician's connection
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
    PreviousSessionOpen,   // %1 technician of the session still active
    RefusedExpired,        // activation refusals (core/RefusalWording)
    RefusedInvalidCode,
    RefusedPasswordPolicy,
    RefusedTooManyAttempts,  // %1 whole minutes
    RefusedOther,          // %1 reason code; only when the server sent no message
    ChatTitle,             // %1 technician
    ChatSend,
    ChatYou,
    Count_
};

class Strings {
public:
    // From the primary language id of a Windows LANGID (LANG_ITALIAN is 0x10); English
    // for any language without a table.
    static Language fromLangId(unsigned short langId);
    // ISO 639-1 code ("en", "it", ...), as the app names its language to the service;
    // English for an unknown code.
    static const char* code(Language language);
    static Language fromCode(const std::string& code);
    static const char* get(Language language, StringId id);
    // Replaces %1 and %2 in `pattern`.
    static std::string format(const std::string& pattern, const std::string& arg1,
                              const std::string& arg2 = std::string());
};

}  // namespace adhoc
