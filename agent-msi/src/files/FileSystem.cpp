// FileSystem: see FileSystem.h.
#include "FileSystem.h"

#include <vector>

#include "../core/SafePath.h"
#include "../core/FileTime.h"
#include "../win32/Handle.h"
#include "../win32/TextConvert.h"
#include "FileError.h"

namespace adhoc::files {

namespace {

using win32::TextConvert;

const char* driveKind(UINT type) {
    switch (type) {
        case DRIVE_FIXED: return "fixed";
        case DRIVE_REMOVABLE: return "removable";
        case DRIVE_REMOTE: return "network";
        case DRIVE_CDROM: return "cdrom";
        case DRIVE_RAMDISK: return "ram";
        default: return "unknown";
    }
}

void fail(const std::string& path) { throw FileError::fromWin32(GetLastError(), path); }

void removeTree(const std::string& path) {
    DWORD attributes = FileSystem::attributes(path);
    std::wstring wide = longPath(path);
    if (FileSystem::isFolder(attributes)) {
        if (!FileSystem::isLink(attributes)) {
            std::vector<std::string> children;
            FileSystem::forEachEntry(path, [&](const WIN32_FIND_DATAW& entry) {
                children.push_back(SafePath::join(path, TextConvert::toUtf8(entry.cFileName)));
            });
            for (const std::string& child : children) removeTree(child);
        }
        if (!RemoveDirectoryW(wide.c_str())) fail(path);
        return;
    }
    if ((attributes & FILE_ATTRIBUTE_READONLY) != 0)
        SetFileAttributesW(wide.c_str(), attributes & ~static_cast<DWORD>(FILE_ATTRIBUTE_READONLY));
    if (!DeleteFileW(wide.c_str())) fail(path);
}

}  // namespace

Json FileSystem::drives() {
    Json drives = Json::array();
    DWORD mask = GetLogicalDrives();
    for (int letter = 0; letter < 26; ++letter) {
        if ((mask & (1u << letter)) == 0) continue;
        std::wstring root = {static_cast<wchar_t>(L'A' + letter), L':', L'\\'};
        wchar_t label[MAX_PATH + 1] = L"";
        GetVolumeInformationW(root.c_str(), label, MAX_PATH + 1, nullptr, nullptr, nullptr, nullptr, 0);
        ULARGE_INTEGER free{}, total{};
        GetDiskFreeSpaceExW(root.c_str(), &free, &total, nullptr);
        Json drive = Json::object();
        drive.set("path", Json::string(TextConvert::toUtf8(root)));
        drive.set("label", Json::string(TextConvert::toUtf8(label)));
        drive.set("kind", Json::string(driveKind(GetDriveTypeW(root.c_str()))));
        drive.set("total", Json::integer(static_cast<std::int64_t>(total.QuadPart)));
        drive.set("free", Json::integer(static_cast<std::int64_t>(free.QuadPart)));
        drives.push(std::move(drive));
    }
    return drives;
}

DWORD FileSystem::attributes(const std::string& path) {
    DWORD attributes = GetFileAttributesW(longPath(path).c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) fail(path);
    return attributes;
}

void FileSystem::forEachEntry(const std::string& folder, const std::function<void(const WIN32_FIND_DATAW&)>& visit) {
    if (!isFolder(attributes(folder))) throw FileError("INVALID_PATH", folder + " is not a folder.");
    std::wstring pattern = longPath(folder) + (SafePath::isRoot(folder) ? L"*" : L"\\*");
    WIN32_FIND_DATAW entry;
    win32::UniqueFind find(FindFirstFileExW(pattern.c_str(), FindExInfoBasic, &entry, FindExSearchNameMatch, nullptr,
                                            FIND_FIRST_EX_LARGE_FETCH));
    if (!find) {
        if (GetLastError() == ERROR_FILE_NOT_FOUND) return;  // an empty drive root
        fail(folder);
    }
    do {
        std::wstring name = entry.cFileName;
        if (name != L"." && name != L"..") visit(entry);
    } while (FindNextFileW(find.get(), &entry));
    if (GetLastError() != ERROR_NO_MORE_FILES) fail(folder);
}

Json FileSystem::list(const std::string& folder) {
    Json entries = Json::array();
    forEachEntry(folder, [&](const WIN32_FIND_DATAW& found) {
        Json entry = Json::object();
        entry.set("name", Json::string(TextConvert::toUtf8(found.cFileName)));
        entry.set("dir", Json::boolean(isFolder(found.dwFileAttributes)));
        entry.set("size", Json::integer(static_cast<std::int64_t>(sizeOf(found))));
        entry.set("modified", Json::string(FileTime::iso8601(
                                 FileTime::ticks(found.ftLastWriteTime.dwLowDateTime, found.ftLastWriteTime.dwHighDateTime))));
        entries.push(std::move(entry));
    });
    return entries;
}

void FileSystem::makeFolder(const std::string& path) {
    if (!CreateDirectoryW(longPath(path).c_str(), nullptr)) fail(path);
}

void FileSystem::rename(const std::string& path, const std::string& newName) {
    SafePath::Result name = SafePath::checkName(newName);
    if (!name.ok()) throw FileError::fromCheck(name);
    if (SafePath::isRoot(path)) throw FileError("INVALID_PATH", "A drive cannot be renamed.");
    std::string target = SafePath::join(SafePath::parent(path), name.path);
    if (SafePath::utf16Length(target) > SafePath::kMaxPathUnits)
        throw FileError("PATH_TOO_LONG", "The new path " + target + " is too long.");
    if (!MoveFileExW(longPath(path).c_str(), longPath(target).c_str(), 0)) {
        DWORD error = GetLastError();
        throw FileError::fromWin32(error, error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS ? target : path);
    }
}

void FileSystem::remove(const std::string& path) {
    if (SafePath::isRoot(path)) throw FileError("INVALID_PATH", "A whole drive cannot be deleted.");
    removeTree(path);
}

std::uint64_t FileSystem::sizeOf(const WIN32_FIND_DATAW& entry) {
    if (isFolder(entry.dwFileAttributes)) return 0;
    return (static_cast<std::uint64_t>(entry.nFileSizeHigh) << 32) | entry.nFileSizeLow;
}

}  // namespace adhoc::files
