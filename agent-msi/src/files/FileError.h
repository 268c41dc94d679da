// FileError: a File Manager failure (a RequestFailure) from a Win32 error or a refused
// path (docs/protocol.md, "File Manager"). Thrown by the file operations, answered as
// `failed` by the FileManager and the transfers.
#pragma once

#include <windows.h>

#include <string>

#include "../core/RequestFailure.h"
#include "../core/SafePath.h"

namespace adhoc::files {

class FileError : public RequestFailure {
public:
    using RequestFailure::RequestFailure;

    // Maps a Win32 error code; `path` names what the request was about.
    static FileError fromWin32(DWORD error, const std::string& path);
    // A path or name SafePath refused.
    static FileError fromCheck(const SafePath::Result& check);
};

// Checks a path from the viewer; throws INVALID_PATH or PATH_TOO_LONG.
std::string checkedPath(const std::string& path);
// The checked path as Win32 wants it for long paths: "\\?\C:\...".
std::wstring longPath(const std::string& checked);

}  // namespace adhoc::files
