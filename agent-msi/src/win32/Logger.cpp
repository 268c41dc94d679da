// Logger: see Logger.h.
#include "Logger.h"

#include <windows.h>
#include <shlobj.h>

#include <cstdio>
#include <vector>

#include "Handle.h"
#include "SecureDirectory.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

constexpr LONGLONG kMaxBytes = 1024 * 1024;
constexpr int kKeepFiles = 3;

struct LogState {
    CriticalSection lock;
    UniqueHandle file;
    std::string component = "agent";
    bool alsoStderr = false;
    std::wstring path;
};

LogState& state() {
    static LogState s;
    return s;
}

std::wstring rotatedName(const std::wstring& dir, int index) {
    return dir + L"\\agent." + std::to_wstring(index) + L".log";
}

// Opens the log without following a link: a reparse point in its place is deleted (the
// link itself) and a new file created.
void openFile(LogState& s) {
    auto open = [&s](DWORD disposition) {
        s.file.reset(CreateFileW(s.path.c_str(), FILE_APPEND_DATA | FILE_READ_ATTRIBUTES,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, disposition,
                                 FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    };
    open(OPEN_ALWAYS);
    BY_HANDLE_FILE_INFORMATION info{};
    DWORD attributes = GetFileAttributesW(s.path.c_str());
    if (s.file && GetFileInformationByHandle(s.file.get(), &info)) attributes |= info.dwFileAttributes;
    if (s.file && attributes != INVALID_FILE_ATTRIBUTES &&
        (attributes & (FILE_ATTRIBUTE_REPARSE_POINT | FILE_ATTRIBUTE_DIRECTORY))) {
        s.file.reset();
        SecureDirectory::removeTree(s.path);
        open(CREATE_NEW);
    }
}

void rotateIfNeeded(LogState& s) {
    LARGE_INTEGER size{};
    if (!s.file || !GetFileSizeEx(s.file.get(), &size) || size.QuadPart < kMaxBytes) return;
    s.file.reset();
    std::wstring dir = Logger::logDirectory();
    // DeleteFile and MoveFileEx act on a link itself, never on its target; removeTree
    // also takes away a folder or junction placed under a log file's name.
    SecureDirectory::removeTree(rotatedName(dir, kKeepFiles));
    for (int i = kKeepFiles - 1; i >= 1; --i)
        MoveFileExW(rotatedName(dir, i).c_str(), rotatedName(dir, i + 1).c_str(), MOVEFILE_REPLACE_EXISTING);
    MoveFileExW(s.path.c_str(), rotatedName(dir, 1).c_str(), MOVEFILE_REPLACE_EXISTING);
    openFile(s);
}

}  // namespace

std::wstring Logger::dataDirectory() {
    wchar_t* known = nullptr;
    HRESULT found = SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &known);
    UniqueCoTaskMemory owner(known);  // also when it failed
    std::wstring dir = SUCCEEDED(found) && known ? std::wstring(known) : std::wstring(L"C:\\ProgramData");
    return dir + L"\\AdHocSupport";
}

std::wstring Logger::logDirectory() { return dataDirectory() + L"\\logs"; }

void Logger::open(const std::string& component, bool alsoStderr) {
    LogState& s = state();
    Lock lock(s.lock);
    s.component = component;
    s.alsoStderr = alsoStderr;
    // Both folders get a protected SYSTEM/Administrators DACL; one a standard user placed
    // (or a link) is replaced, or else no log file is written at all.
    std::vector<std::string> events;
    bool usable = SecureDirectory::ensure(dataDirectory(), events) && SecureDirectory::ensure(logDirectory(), events);
    s.path = logDirectory() + L"\\agent.log";
    if (usable) openFile(s);
    if (!s.file && alsoStderr)
        std::fprintf(stderr, "cannot open the log file %ls\n", s.path.c_str());
    for (const std::string& event : events) write(Level::Warn, event);
}

void Logger::close() {
    LogState& s = state();
    Lock lock(s.lock);
    s.file.reset();
}

void Logger::info(const std::string& text) { write(Level::Info, text); }
void Logger::warn(const std::string& text) { write(Level::Warn, text); }
void Logger::error(const std::string& text) { write(Level::Error, text); }

void Logger::write(Level level, const std::string& text) {
    SYSTEMTIME now;
    GetSystemTime(&now);
    char prefix[96];
    const char* levelName = level == Level::Info ? "INFO " : level == Level::Warn ? "WARN " : "ERROR";
    LogState& s = state();
    Lock lock(s.lock);
    std::snprintf(prefix, sizeof prefix, "%04u-%02u-%02uT%02u:%02u:%02u.%03uZ %s [%s:%lu] ", now.wYear,
                  now.wMonth, now.wDay, now.wHour, now.wMinute, now.wSecond, now.wMilliseconds, levelName,
                  s.component.c_str(), GetCurrentThreadId());
    std::string line = prefix + text + "\r\n";
    if (s.alsoStderr) std::fputs(line.c_str(), stderr);
    if (!s.file) return;
    rotateIfNeeded(s);
    DWORD written = 0;
    if (s.file) WriteFile(s.file.get(), line.data(), static_cast<DWORD>(line.size()), &written, nullptr);
}

}  // namespace adhoc::win32
