// SafePathTest: the File Manager's path and name checks (core/SafePath).
#include "../src/core/SafePath.h"
#include "TestHarness.h"

using adhoc::SafePath;

namespace {

void expectInvalid(const std::string& path) {
    SafePath::Result r = SafePath::checkPath(path);
    if (r.verdict != SafePath::Verdict::Invalid || r.reason.empty())
        adhoc::test::recordFailure(__FILE__, __LINE__, "accepted or misjudged: " + path);
}

}  // namespace

TEST(safe_path_accepts_and_normalizes_drive_paths) {
    CHECK_EQ(SafePath::checkPath("C:\\Users\\anna").path, std::string("C:\\Users\\anna"));
    CHECK_EQ(SafePath::checkPath("c:/Users/anna/").path, std::string("C:\\Users\\anna"));
    CHECK_EQ(SafePath::checkPath("D:\\").path, std::string("D:\\"));
    CHECK_EQ(SafePath::checkPath("C:\\a b\\file.name.txt").path, std::string("C:\\a b\\file.name.txt"));
    CHECK_EQ(SafePath::checkPath("C:\\Caff\xC3\xA8\\con-notes.txt").path, std::string("C:\\Caff\xC3\xA8\\con-notes.txt"));
    CHECK(SafePath::checkPath("C:\\.hidden\\..x\\COM10\\console.txt").ok());
}

TEST(safe_path_refuses_what_could_escape_or_reach_devices) {
    const char* bad[] = {"", "Users\\anna", "\\Users", "C:", "C:relative", "1:\\x",
                         "C:\\a\\..\\Windows", "C:\\..", "C:\\a\\.\\b", "C:\\a\\\\b", "C:\\a\\\\",
                         "\\\\?\\C:\\x", "\\\\.\\PhysicalDrive0", "\\\\server\\share\\x", "//server/share",
                         "C:\\x\\CON", "C:\\x\\nul.txt", "C:\\x\\Com1", "C:\\LPT9.log", "C:\\x\\aux .txt",
                         "C:\\x\\CONIN$", "C:\\file.txt:stream", "C:\\x::$DATA", "C:\\a\x01" "b",
                         "C:\\a\tb", "C:\\trailing.", "C:\\trailing ", "C:\\a?b", "C:\\a*", "C:\\a|b",
                         "C:\\a<b", "C:\\a\"b", "C:\\bad\xC3"};
    for (const char* path : bad) expectInvalid(path);
}

TEST(safe_path_reports_too_long_separately) {
    std::string longName(256, 'a');
    CHECK(SafePath::checkPath("C:\\" + longName).verdict == SafePath::Verdict::TooLong);
    CHECK(SafePath::checkPath("C:\\" + std::string(255, 'a')).ok());
    std::string deep = "C:";
    while (deep.size() < SafePath::kMaxPathUnits + 10) deep += "\\" + std::string(200, 'x');
    CHECK(SafePath::checkPath(deep).verdict == SafePath::Verdict::TooLong);
    // Beyond MAX_PATH (260) is fine: the File Manager uses \\?\ paths internally.
    CHECK(SafePath::checkPath("C:\\" + std::string(200, 'x') + "\\" + std::string(200, 'y')).ok());
    // A character outside the BMP counts as two UTF-16 units.
    CHECK_EQ(SafePath::utf16Length("a\xC3\xA8\xE2\x82\xAC\xF0\x9F\x98\x80"), 5u);
}

TEST(safe_path_checks_rename_names) {
    CHECK(SafePath::checkName("b.txt").ok());
    CHECK(SafePath::checkName("New folder").ok());
    const char* bad[] = {"", ".", "..", "a\\b", "a/b", "..\\x", "C:x", "nul", "PRN.txt", "x.", "x ", "a\nb"};
    for (const char* name : bad)
        if (SafePath::checkName(name).ok()) adhoc::test::recordFailure(__FILE__, __LINE__, std::string("accepted ") + name);
}

TEST(safe_path_joins_and_splits) {
    CHECK_EQ(SafePath::join("C:\\", "a"), std::string("C:\\a"));
    CHECK_EQ(SafePath::join("C:\\a", "b"), std::string("C:\\a\\b"));
    CHECK_EQ(SafePath::parent("C:\\a\\b"), std::string("C:\\a"));
    CHECK_EQ(SafePath::parent("C:\\a"), std::string("C:\\"));
    CHECK_EQ(SafePath::parent("C:\\"), std::string("C:\\"));
    CHECK_EQ(SafePath::leaf("C:\\a\\b.txt"), std::string("b.txt"));
    CHECK_EQ(SafePath::leaf("C:\\"), std::string("C"));
}
