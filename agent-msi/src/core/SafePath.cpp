// SafePath: see SafePath.h.
#include "SafePath.h"

#include <cctype>

namespace adhoc {

namespace {

using Result = SafePath::Result;
using Verdict = SafePath::Verdict;

Result invalid(const std::string& reason) { return {Verdict::Invalid, std::string(), reason}; }
Result tooLong(const std::string& reason) { return {Verdict::TooLong, std::string(), reason}; }

std::string upper(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// Windows maps these names to devices whatever the folder or extension ("nul.txt").
bool isDeviceName(const std::string& name) {
    std::string base = upper(name.substr(0, name.find('.')));
    while (!base.empty() && base.back() == ' ') base.pop_back();
    static const char* const kDevices[] = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"};
    for (const char* device : kDevices)
        if (base == device) return true;
    if (base.compare(0, 3, "COM") != 0 && base.compare(0, 3, "LPT") != 0) return false;
    std::string number = base.substr(3);
    // COM0-COM9, LPT0-LPT9, and the superscript digits Windows also maps to ports:
    // U+00B9, U+00B2, U+00B3 (UTF-8 C2 B9, C2 B2, C2 B3).
    if (number.size() == 1) return std::isdigit(static_cast<unsigned char>(number[0])) != 0;
    return number == "\xC2\xB9" || number == "\xC2\xB2" || number == "\xC2\xB3";
}

// The rules every path component and every rename target follow; empty when fine.
std::string componentProblem(const std::string& name) {
    if (name.empty()) return "empty file or folder name";
    if (name == "." || name == "..") return "relative components (. and ..) are not allowed";
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7F) return "control characters are not allowed in names";
        if (c == ':') return "':' is only allowed after the drive letter (no alternate data streams)";
        if (c == '<' || c == '>' || c == '"' || c == '|' || c == '?' || c == '*')
            return std::string("'") + static_cast<char>(c) + "' is not allowed in names";
        if (c == '\\' || c == '/') return "a name cannot contain '\\' or '/'";
    }
    if (isDeviceName(name)) return "'" + name + "' is a reserved device name";
    if (name.back() == '.' || name.back() == ' ') return "names cannot end with a dot or a space";
    return std::string();
}

}  // namespace

std::size_t SafePath::utf16Length(const std::string& utf8) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > utf8.size()) return std::string::npos;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(utf8[i + k]) & 0xC0) != 0x80) return std::string::npos;
        units += length == 4 ? 2 : 1;
        i += length;
    }
    return units;
}

Result SafePath::checkName(const std::string& name) {
    std::size_t units = utf16Length(name);
    if (units == std::string::npos) return invalid("the name is not valid text");
    std::string problem = componentProblem(name);
    if (!problem.empty()) return invalid(problem);
    if (units > kMaxNameUnits) return tooLong("a name can have at most 255 characters");
    return {Verdict::Ok, name, std::string()};
}

Result SafePath::checkPath(const std::string& path) {
    std::string p = path;
    for (char& c : p)
        if (c == '/') c = '\\';
    if (p.compare(0, 4, "\\\\?\\") == 0 || p.compare(0, 4, "\\\\.\\") == 0)
        return invalid("device and \\\\?\\ paths are not allowed");
    if (p.compare(0, 2, "\\\\") == 0) return invalid("network (UNC) paths are not allowed");
    bool drive = p.size() >= 3 && std::isalpha(static_cast<unsigned char>(p[0])) && p[1] == ':' && p[2] == '\\';
    if (!drive) return invalid("the path must be absolute and start with a drive, like C:\\");
    p[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(p[0])));
    if (p.size() > 3 && p.back() == '\\') p.pop_back();
    std::size_t units = utf16Length(p);
    if (units == std::string::npos) return invalid("the path is not valid text");
    for (std::size_t start = 3; start < p.size();) {
        std::size_t end = p.find('\\', start);
        Result name = checkName(p.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (!name.ok()) return name.verdict == Verdict::TooLong ? name : invalid(name.reason);
        if (end == std::string::npos) break;
        start = end + 1;
        if (start == p.size()) return invalid("empty file or folder name");
    }
    if (units > kMaxPathUnits) return tooLong("the path is longer than 32,763 characters");
    return {Verdict::Ok, p, std::string()};
}

std::string SafePath::join(const std::string& folder, const std::string& name) {
    return isRoot(folder) ? folder + name : folder + "\\" + name;
}

std::string SafePath::parent(const std::string& path) {
    std::size_t slash = path.rfind('\\');
    if (isRoot(path) || slash == std::string::npos) return path;
    return slash == 2 ? path.substr(0, 3) : path.substr(0, slash);
}

std::string SafePath::leaf(const std::string& path) {
    if (isRoot(path)) return path.substr(0, 1);
    return path.substr(path.rfind('\\') + 1);
}

}  // namespace adhoc
