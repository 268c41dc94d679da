// SoftwareList: see SoftwareList.h.
#include "SoftwareList.h"

#include <windows.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "../win32/Handle.h"
#include "../win32/TextConvert.h"

namespace adhoc::dashboard {

namespace {

using win32::TextConvert;
using win32::UniqueKey;

const wchar_t* const kUninstall = L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall";

struct Program {
    std::string name, version, publisher;
    bool operator<(const Program& other) const {
        return std::tie(name, version, publisher) < std::tie(other.name, other.version, other.publisher);
    }
};

std::string readText(HKEY key, const wchar_t* value) {
    wchar_t buffer[1024];
    DWORD size = sizeof buffer - sizeof(wchar_t);
    DWORD type = 0;
    if (RegQueryValueExW(key, value, nullptr, &type, reinterpret_cast<BYTE*>(buffer), &size) != ERROR_SUCCESS ||
        (type != REG_SZ && type != REG_EXPAND_SZ))
        return std::string();
    buffer[size / sizeof(wchar_t)] = L'\0';
    return TextConvert::toUtf8(buffer);
}

bool isSystemComponent(HKEY key) {
    DWORD value = 0, size = sizeof value;
    return RegQueryValueExW(key, L"SystemComponent", nullptr, nullptr, reinterpret_cast<BYTE*>(&value), &size) ==
               ERROR_SUCCESS &&
           value == 1;
}

void collect(HKEY root, const std::wstring& path, REGSAM view, std::set<Program>& programs) {
    UniqueKey uninstall;
    if (RegOpenKeyExW(root, path.c_str(), 0, KEY_READ | view, uninstall.put()) != ERROR_SUCCESS) return;
    wchar_t name[256];
    for (DWORD index = 0;; ++index) {
        DWORD length = 256;
        LONG result = RegEnumKeyExW(uninstall.get(), index, name, &length, nullptr, nullptr, nullptr, nullptr);
        if (result == ERROR_NO_MORE_ITEMS) return;
        if (result != ERROR_SUCCESS) continue;
        UniqueKey entry;
        if (RegOpenKeyExW(uninstall.get(), name, 0, KEY_READ | view, entry.put()) != ERROR_SUCCESS) continue;
        Program program{readText(entry.get(), L"DisplayName"), readText(entry.get(), L"DisplayVersion"),
                        readText(entry.get(), L"Publisher")};
        if (!program.name.empty() && !isSystemComponent(entry.get())) programs.insert(program);
    }
}

// The SIDs of the loaded user hives (HKEY_USERS\S-1-5-21-..., not the *_Classes keys).
std::vector<std::wstring> loadedUserHives() {
    std::vector<std::wstring> hives;
    wchar_t name[256];
    for (DWORD index = 0;; ++index) {
        DWORD length = 256;
        if (RegEnumKeyExW(HKEY_USERS, index, name, &length, nullptr, nullptr, nullptr, nullptr) != ERROR_SUCCESS)
            return hives;
        std::wstring sid = name;
        if (sid.size() < 8 || sid.compare(sid.size() - 8, 8, L"_Classes") != 0) hives.push_back(sid);
    }
}

}  // namespace

Json SoftwareList::list() {
    std::set<Program> programs;
    collect(HKEY_LOCAL_MACHINE, kUninstall, KEY_WOW64_64KEY, programs);
    collect(HKEY_LOCAL_MACHINE, kUninstall, KEY_WOW64_32KEY, programs);
    for (const std::wstring& sid : loadedUserHives())
        collect(HKEY_USERS, sid + L"\\" + kUninstall, 0, programs);
    std::vector<Program> sorted(programs.begin(), programs.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const Program& a, const Program& b) {
        return _stricmp(a.name.c_str(), b.name.c_str()) < 0;
    });
    Json software = Json::array();
    for (const Program& program : sorted) {
        Json entry = Json::object();
        entry.set("name", Json::string(program.name));
        entry.set("version", Json::string(program.version));
        entry.set("publisher", Json::string(program.publisher));
        software.push(std::move(entry));
    }
    return software;
}

}  // namespace adhoc::dashboard
