// TestHarness: a tiny self-registering unit-test harness for the portable core.
// TEST(name) defines a test; CHECK / CHECK_EQ record failures without stopping the test.
// The runner prints "PASS name" / "FAIL name" lines and "N passed, M failed".
#pragma once

#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace adhoc::test {

struct TestCase {
    const char* name;
    std::function<void()> body;
};

std::vector<TestCase>& registry();
// Name printed in the summary line, defined once per test executable ("core", "win32").
extern const char* const kSuiteName;
void recordFailure(const char* file, int line, const std::string& what);

struct Registrar {
    Registrar(const char* name, std::function<void()> body) {
        registry().push_back({name, std::move(body)});
    }
};

template <typename A, typename B>
void checkEqual(const A& actual, const B& expected, const char* actualText, const char* file,
                int line) {
    if (!(actual == expected)) {
        std::ostringstream os;
        os << actualText << " was [" << actual << "], expected [" << expected << "]";
        recordFailure(file, line, os.str());
    }
}

}  // namespace adhoc::test

#define ADHOC_CONCAT2(a, b) a##b
#define ADHOC_CONCAT(a, b) ADHOC_CONCAT2(a, b)
#define TEST(name)                                                                         \
    static void name();                                                                    \
    static ::adhoc::test::Registrar ADHOC_CONCAT(registrar_, name)(#name, &name);          \
    static void name()
#define CHECK(cond) \
    do { if (!(cond)) ::adhoc::test::recordFailure(__FILE__, __LINE__, "CHECK(" #cond ")"); } while (0)
#define CHECK_EQ(actual, expected) \
    ::adhoc::test::checkEqual((actual), (expected), #actual, __FILE__, __LINE__)
