// Logger: the agent's log, a rotating UTF-8 file under
// %ProgramData%\AdHocSupport\logs (agent.log, then agent.1.log ... agent.3.log, 1 MiB
// each). Both folders are made safe first (win32/SecureDirectory); no log is written into
// one that cannot be, and the log files are opened and rotated without following links.
// Thread-safe. Callers must never pass the security code, the access password or
// the agent credential.
#pragma once

#include <string>

namespace adhoc::win32 {

class Logger {
public:
    enum class Level { Info, Warn, Error };

    // Opens the log; `component` names the writer ("service", "cleanup", "app").
    // With `alsoStderr` every line is echoed (console and --cleanup runs).
    static void open(const std::string& component, bool alsoStderr);
    static void close();
    static void info(const std::string& text);
    static void warn(const std::string& text);
    static void error(const std::string& text);
    static void write(Level level, const std::string& text);

    // %ProgramData%\AdHocSupport (created by open) and its logs folder.
    static std::wstring dataDirectory();
    static std::wstring logDirectory();
};

}  // namespace adhoc::win32
