// FileError: see FileError.h.
#include "FileError.h"

#include "../win32/TextConvert.h"

namespace adhoc::files {

FileError FileError::fromWin32(DWORD error, const std::string& path) {
    switch (error) {
        case ERROR_ACCESS_DENIED:
        case ERROR_WRITE_PROTECT:
        case ERROR_PRIVILEGE_NOT_HELD:
            return {"ACCESS_DENIED", "Access to " + path + " is denied."};
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_INVALID_DRIVE:
        case ERROR_NOT_READY:
        case ERROR_BAD_NETPATH:
            return {"NOT_FOUND", path + " does not exist."};
        case ERROR_FILE_EXISTS:
        case ERROR_ALREADY_EXISTS:
            return {"EXISTS", path + " already exists."};
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL:
            return {"DISK_FULL", "There is not enough space on the disk for " + path + "."};
        case ERROR_FILENAME_EXCED_RANGE:
            return {"PATH_TOO_LONG", "The path " + path + " is too long."};
        case ERROR_INVALID_NAME:
        case ERROR_BAD_PATHNAME:
        case ERROR_DIRECTORY:
            return {"INVALID_PATH", path + " is not a valid path here."};
        case ERROR_SHARING_VIOLATION:
        case ERROR_LOCK_VIOLATION:
        case ERROR_CURRENT_DIRECTORY:
        case ERROR_USER_MAPPED_FILE:
            return {"IN_USE", path + " is in use by another program."};
        default:
            return {"FAILED", "The operation on " + path + " failed: " + win32::TextConvert::errorText(error)};
    }
}

FileError FileError::fromCheck(const SafePath::Result& check) {
    std::string code = check.verdict == SafePath::Verdict::TooLong ? "PATH_TOO_LONG" : "INVALID_PATH";
    return {code, "Invalid path: " + check.reason + "."};
}

std::string checkedPath(const std::string& path) {
    SafePath::Result check = SafePath::checkPath(path);
    if (!check.ok()) throw FileError::fromCheck(check);
    return check.path;
}

std::wstring longPath(const std::string& checked) { return L"\\\\?\\" + win32::TextConvert::toWide(checked); }

}  // namespace adhoc::files
