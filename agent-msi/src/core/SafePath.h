// SafePath: checks the paths and names a technician sends to the File Manager before any
// of them reaches the file system (docs/protocol.md, "File Manager"). Only absolute
// drive paths ("C:\...") pass: no "." or ".." components, no "\\?\", "\\.\" or UNC
// prefixes, no device names (CON, NUL, COM0-COM9, LPT0-LPT9 and the superscript forms
// COM¹ COM² COM³ LPT¹ LPT² LPT³, with or without an extension), no alternate data
// streams, no control characters, no trailing dots or spaces. Portable: works on UTF-8.
#pragma once

#include <string>

namespace adhoc {

class SafePath {
public:
    enum class Verdict { Ok, Invalid, TooLong };

    struct Result {
        Verdict verdict = Verdict::Invalid;
        std::string path;    // normalized when Ok: '\' separators, upper-case drive, no trailing '\'
        std::string reason;  // plain English when not Ok
        bool ok() const { return verdict == Verdict::Ok; }
    };

    // The longest path Windows accepts with the "\\?\" prefix, in UTF-16 units.
    static constexpr std::size_t kMaxPathUnits = 32767 - 4;
    static constexpr std::size_t kMaxNameUnits = 255;

    // An absolute path such as "C:\Users\anna"; '/' counts as '\'.
    static Result checkPath(const std::string& path);
    // A single file or folder name (the `name` of a rename): no separators at all.
    static Result checkName(const std::string& name);

    // "C:\a" + "b" -> "C:\a\b"; "C:\" + "b" -> "C:\b". Both parts already checked.
    static std::string join(const std::string& folder, const std::string& name);
    // The folder holding `path` ("C:\a\b" -> "C:\a", "C:\a" -> "C:\"); a root is its own.
    static std::string parent(const std::string& path);
    // The last component ("C:\a\b" -> "b"); for a root the drive letter ("C:\" -> "C").
    static std::string leaf(const std::string& path);
    static bool isRoot(const std::string& path) { return path.size() == 3; }

    // UTF-16 units needed for `utf8`, or npos when it is not valid UTF-8.
    static std::size_t utf16Length(const std::string& utf8);
};

}  // namespace adhoc
