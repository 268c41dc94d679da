// SecureDirectory: see SecureDirectory.h.
#include "SecureDirectory.h"

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include "Handle.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

std::string sidText(PSID sid) {
    wchar_t* text = nullptr;
    if (!sid || !ConvertSidToStringSidW(sid, &text)) return {};
    UniqueLocal owner(text);
    return TextConvert::toUtf8(text);
}

bool isReparsePoint(DWORD attributes) {
    return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
}

}  // namespace

std::string SecureDirectory::selfSid() {
    UniqueHandle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, token.put())) return {};
    BYTE buffer[sizeof(TOKEN_USER) + SECURITY_MAX_SID_SIZE];
    DWORD size = sizeof buffer;
    if (!GetTokenInformation(token.get(), TokenUser, buffer, size, &size)) return {};
    return sidText(reinterpret_cast<TOKEN_USER*>(buffer)->User.Sid);
}

bool SecureDirectory::readFacts(const std::wstring& path, DirectoryFacts& facts) {
    facts = DirectoryFacts();
    // The path's own attributes, not its target's (Wine reports a link only here).
    DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) return false;
    UniqueHandle handle(CreateFileW(path.c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                    FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
    if (!handle) return false;
    BY_HANDLE_FILE_INFORMATION info{};
    if (GetFileInformationByHandle(handle.get(), &info)) attributes |= info.dwFileAttributes;
    facts.reparsePoint = isReparsePoint(attributes);
    facts.isDirectory = (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR sd = nullptr;
    if (GetSecurityInfo(handle.get(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                        nullptr, &dacl, nullptr, &sd) != ERROR_SUCCESS)
        return false;
    UniqueLocal sdOwner(sd);
    facts.ownerSid = sidText(owner);
    facts.daclPresent = dacl != nullptr;
    for (DWORD i = 0; dacl && i < dacl->AceCount; ++i) {
        ACE_HEADER* header = nullptr;
        if (!GetAce(dacl, i, reinterpret_cast<void**>(&header))) continue;
        DirectoryFacts::Ace ace;
        if (header->AceType == ACCESS_ALLOWED_ACE_TYPE || header->AceType == ACCESS_DENIED_ACE_TYPE) {
            ace.allow = header->AceType == ACCESS_ALLOWED_ACE_TYPE;
            ace.sid = sidText(&reinterpret_cast<ACCESS_ALLOWED_ACE*>(header)->SidStart);
        } else {
            ace.sid = "an ACE of type " + std::to_string(header->AceType);  // never trusted
        }
        facts.aces.push_back(ace);
    }
    return true;
}

bool SecureDirectory::removeTree(const std::wstring& path) {
    DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) return true;
    if (isReparsePoint(attributes)) {
        // The link itself (RemoveDirectory removes a junction, never its target's contents).
        if (!((attributes & FILE_ATTRIBUTE_DIRECTORY) && RemoveDirectoryW(path.c_str()))) DeleteFileW(path.c_str());
        return GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES;
    }
    if (!(attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        SetFileAttributesW(path.c_str(), FILE_ATTRIBUTE_NORMAL);
        DeleteFileW(path.c_str());
        return GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES;
    }
    {  // the search handle is closed before the folder is removed: an open one keeps it
        WIN32_FIND_DATAW found;
        UniqueFind find(FindFirstFileW((path + L"\\*").c_str(), &found));
        if (find) {
            do {
                std::wstring name = found.cFileName;
                if (name != L"." && name != L"..") removeTree(path + L"\\" + name);
            } while (FindNextFileW(find.get(), &found));
        }
    }
    RemoveDirectoryW(path.c_str());
    return GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES;
}

bool SecureDirectory::ensure(const std::wstring& path, std::vector<std::string>& events) {
    std::string where = TextConvert::toUtf8(path);
    std::string self = selfSid();
    bool replaced = false;  // one replacement at most
    for (int attempt = 0; attempt < 4; ++attempt) {
        DirectoryFacts facts;
        if (GetFileAttributesW(path.c_str()) == INVALID_FILE_ATTRIBUTES) {
            DWORD err = GetLastError();
            if (err != ERROR_FILE_NOT_FOUND && err != ERROR_PATH_NOT_FOUND) {
                events.push_back("cannot read " + where + ": " + TextConvert::errorText(err) + "; not used");
                return false;
            }
            PSECURITY_DESCRIPTOR sd = nullptr;
            if (!ConvertStringSecurityDescriptorToSecurityDescriptorW(kSddl, SDDL_REVISION_1, &sd, nullptr)) {
                events.push_back("cannot build the ACL of " + where + ": " + TextConvert::errorText(GetLastError()));
                return false;
            }
            UniqueLocal sdOwner(sd);
            SECURITY_ATTRIBUTES sa{sizeof sa, sd, FALSE};
            if (!CreateDirectoryW(path.c_str(), &sa) && GetLastError() != ERROR_ALREADY_EXISTS) {
                events.push_back("cannot create " + where + ": " + TextConvert::errorText(GetLastError()));
                return false;
            }
            continue;  // check what is there now (someone may have been faster)
        }
        std::string problem = readFacts(path, facts) ? DirectoryTrust::problem(facts, self)
                                                     : "its owner and ACL cannot be read";
        if (problem.empty()) return true;
        if (replaced) break;
        replaced = true;
        events.push_back(where + " was not safe to use (" + problem +
                         "): deleting it, without following links, and creating it again");
        if (!removeTree(path)) {
            events.push_back(where + " could not be deleted: not used (delete it as an administrator, then "
                             "restart the AdHocSupportAgent service)");
            return false;
        }
    }
    events.push_back(where + " is still not safe to use: not used");
    return false;
}

}  // namespace adhoc::win32
