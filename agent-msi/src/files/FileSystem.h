// FileSystem: the File Manager's file operations on checked paths (FileError::checkedPath):
// drives, folder listings, new folder, rename, recursive delete. Every Win32 call uses the
// "\\?\" long form; failures throw FileError.
#pragma once

#include <windows.h>

#include <functional>
#include <string>

#include "../core/Json.h"

namespace adhoc::files {

class FileSystem {
public:
    // [{"path":"C:\\","label":"System","kind":"fixed","total":1,"free":1}, ...]
    static Json drives();
    // [{"name":"a.txt","dir":false,"size":3,"modified":"2026-11-25T10:00:00Z"}, ...]
    static Json list(const std::string& folder);
    static void makeFolder(const std::string& path);
    static void rename(const std::string& path, const std::string& newName);
    // A folder goes with everything in it; links inside are removed, never followed.
    static void remove(const std::string& path);

    // GetFileAttributesW, or NOT_FOUND (or the matching error) thrown.
    static DWORD attributes(const std::string& path);
    static bool isFolder(DWORD attributes) { return (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0; }
    static bool isLink(DWORD attributes) { return (attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0; }
    // Calls `visit` for each entry of `folder` except "." and "..".
    static void forEachEntry(const std::string& folder, const std::function<void(const WIN32_FIND_DATAW&)>& visit);

    static std::uint64_t sizeOf(const WIN32_FIND_DATAW& entry);
};

}  // namespace adhoc::files
