// SecurityCodeCasesTest: the agent's security-code rule (SessionController::normaliseCode)
// against every line of docs/security-code-cases.txt, the table the server's tests read too.
// The Makefile embeds the table as a raw string literal (target/obj/security-code-cases.inc).
#include <cstdint>
#include <sstream>
#include <string>

#include "../src/core/SessionController.h"
#include <doctest/doctest.h>

using adhoc::SessionController;

namespace {

const char kCases[] =
#include "security-code-cases.inc"
    ;

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Reads `"typed" expected` with the table's escapes; false when the line is malformed.
bool parseCase(const std::string& line, std::string& typed, std::string& expected) {
    if (line.empty() || line[0] != '"') return false;
    std::size_t i = 1;
    for (; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] != '\\') { typed += line[i]; continue; }
        if (++i >= line.size()) return false;
        switch (line[i]) {
            case '"': typed += '"'; break;
            case '\\': typed += '\\'; break;
            case 't': typed += '\t'; break;
            case 'r': typed += '\r'; break;
            case 'n': typed += '\n'; break;
            case 'u':
                if (i + 4 >= line.size()) return false;
                appendUtf8(typed, static_cast<std::uint32_t>(std::stoul(line.substr(i + 1, 4), nullptr, 16)));
                i += 4;
                break;
            default: return false;
        }
    }
    if (i + 2 >= line.size() || line[i + 1] != ' ') return false;
    expected = line.substr(i + 2);
    return true;
}

std::string verdictOf(const SessionController::TypedCode& code) {
    switch (code.verdict) {
        case SessionController::TypedCode::Verdict::Valid: return code.digits;
        case SessionController::TypedCode::Verdict::Empty: return "empty";
        case SessionController::TypedCode::Verdict::Invalid: return "invalid";
    }
    return "?";
}

}  // namespace

TEST_CASE("security_code_rule_matches_every_line_of_the_shared_table") {
    std::istringstream lines(kCases);
    std::string line;
    int cases = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::string typed, expected;
        CHECK_MESSAGE(parseCase(line, typed, expected), "malformed line: " << line);
        CHECK_MESSAGE(verdictOf(SessionController::normaliseCode(typed)) == expected, "line: " << line);
        ++cases;
    }
    CHECK(cases >= 20);
}
