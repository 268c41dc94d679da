// SafePathTest: the File Manager's path and name checks (core/SafePath).
#include "../src/core/SafePath.h"
#include <doctest/doctest.h>

#include <vector>

using adhoc::SafePath;

namespace {

void expectInvalid(const std::string& path) {
    SafePath::Result r = SafePath::checkPath(path);
    if (r.verdict != SafePath::Verdict::Invalid || r.reason.empty())
        FAIL_CHECK("accepted or misjudged: " << path);
}

}  // namespace

TEST_CASE("safe_path_accepts_and_normalizes_drive_paths") {
    CHECK_EQ(SafePath::checkPath("C:\\Users\\anna").path, std::string("C:\\Users\\anna"));
    CHECK_EQ(SafePath::checkPath("c:/Users/anna/").path, std::string("C:\\Users\\anna"));
    CHECK_EQ(SafePath::checkPath("D:\\").path, std::string("D:\\"));
    CHECK_EQ(SafePath::checkPath("C:\\a b\\file.name.txt").path, std::string("C:\\a b\\file.name.txt"));
    CHECK_EQ(SafePath::checkPath("C:\\Caff\xC3\xA8\\con-notes.txt").path, std::string("C:\\Caff\xC3\xA8\\con-notes.txt"));
    CHECK(SafePath::checkPath("C:\\.hidden\\..x\\COM10\\console.txt").ok());
}

TEST_CASE("safe_path_refuses_what_could_escape_or_reach_devices") {
    const char* bad[] = {"", "Users\\anna", "\\Users", "C:", "C:relative", "1:\\x",
                         "C:\\a\\..\\Windows", "C:\\..", "C:\\a\\.\\b", "C:\\a\\\\b", "C:\\a\\\\",
                         "\\\\?\\C:\\x", "\\\\.\\PhysicalDrive0", "\\\\server\\share\\x", "//server/share",
                         "C:\\x\\CON", "C:\\x\\nul.txt", "C:\\x\\Com1", "C:\\LPT9.log", "C:\\x\\aux .txt",
                         "C:\\x\\CONIN$", "C:\\file.txt:stream", "C:\\x::$DATA", "C:\\a\x01" "b",
                         "C:\\a\tb", "C:\\trailing.", "C:\\trailing ", "C:\\a?b", "C:\\a*", "C:\\a|b",
                         "C:\\a<b", "C:\\a\"b", "C:\\bad\xC3"};
    for (const char* path : bad) expectInvalid(path);
}

TEST_CASE("safe_path_reports_too_long_separately") {
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

TEST_CASE("safe_path_checks_rename_names") {
    CHECK(SafePath::checkName("b.txt").ok());
    CHECK(SafePath::checkName("New folder").ok());
    const char* bad[] = {"", ".", "..", "a\\b", "a/b", "..\\x", "C:x", "nul", "PRN.txt", "x.", "x ", "a\nb"};
    for (const char* name : bad)
        if (SafePath::checkName(name).ok()) FAIL_CHECK("accepted " << name);
}

TEST_CASE("safe_path_joins_and_splits") {
    CHECK_EQ(SafePath::join("C:\\", "a"), std::string("C:\\a"));
    CHECK_EQ(SafePath::join("C:\\a", "b"), std::string("C:\\a\\b"));
    CHECK_EQ(SafePath::parent("C:\\a\\b"), std::string("C:\\a"));
    CHECK_EQ(SafePath::parent("C:\\a"), std::string("C:\\"));
    CHECK_EQ(SafePath::parent("C:\\"), std::string("C:\\"));
    CHECK_EQ(SafePath::leaf("C:\\a\\b.txt"), std::string("b.txt"));
    CHECK_EQ(SafePath::leaf("C:\\"), std::string("C"));
}

// Windows maps COM1-COM9, LPT1-LPT9 and COM/LPT with a superscript 1, 2 or 3 (U+00B9,
// U+00B2, U+00B3) to ports in any folder, with any extension and trailing dots/spaces.
TEST_CASE("safe_path_refuses_every_spelling_of_com_and_lpt_ports") {
    const std::string superscripts[] = {"\xC2\xB9", "\xC2\xB2", "\xC2\xB3"};
    std::vector<std::string> ports;
    for (const char* prefix : {"COM", "LPT", "com", "Lpt"}) {
        for (char digit = '1'; digit <= '9'; ++digit) ports.push_back(prefix + std::string(1, digit));
        for (const std::string& sup : superscripts) ports.push_back(prefix + sup);
    }
    for (const std::string& port : ports) {
        for (const std::string& spelling : {port, port + ".txt", port + ".tar.gz", port + " .log", port + "."}) {
            SafePath::Result name = SafePath::checkName(spelling);
            if (name.ok() || name.reason.empty())
                FAIL_CHECK("name accepted: " << spelling);
            expectInvalid("C:\\Users\\anna\\" + spelling);
        }
        // Trailing spaces and dots are refused as such; the device is caught first.
        expectInvalid("C:\\x\\" + port + "  ");
        CHECK(SafePath::checkName(port + ".txt").reason.find("reserved device name") != std::string::npos);
    }
    CHECK(SafePath::checkName("LPT\xC2\xB2  ").reason.find("reserved device name") != std::string::npos);
    CHECK(SafePath::checkName("com\xC2\xB9.txt").reason.find("reserved device name") != std::string::npos);
}

TEST_CASE("safe_path_keeps_names_that_only_look_like_ports") {
    const char* fine[] = {"COM10", "LPT10", "COM1x", "COMA", "COM\xC2\xB9\xC2\xB9", "COM\xC2\xB4", "LPT\xC2\xBC",
                          "com1-notes.txt", "LPT", "xCOM1.txt", "C\xC3\x93M1"};
    for (const char* name : fine)
        if (!SafePath::checkName(name).ok()) FAIL_CHECK("refused " << name);
    CHECK(SafePath::checkPath("C:\\ports\\COM10.txt").ok());
}
