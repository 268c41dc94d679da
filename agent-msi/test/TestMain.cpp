// TestMain: runs every registered test of one executable and reports pass/fail lines,
// ending with "<suite> tests: N passed, M failed".
#include <cstdio>

#include "TestHarness.h"

namespace adhoc::test {

namespace {
int currentFailures = 0;
}

std::vector<TestCase>& registry() {
    static std::vector<TestCase> tests;
    return tests;
}

void recordFailure(const char* file, int line, const std::string& what) {
    ++currentFailures;
    std::printf("    %s:%d: %s\n", file, line, what.c_str());
}

}  // namespace adhoc::test

int main() {
    using namespace adhoc::test;
    int passed = 0, failed = 0;
    for (const TestCase& test : registry()) {
        currentFailures = 0;
        test.body();
        if (currentFailures == 0) {
            ++passed;
            std::printf("PASS %s\n", test.name);
        } else {
            ++failed;
            std::printf("FAIL %s\n", test.name);
        }
        std::fflush(stdout);
    }
    std::printf("%s tests: %d passed, %d failed\n", kSuiteName, passed, failed);
    return failed == 0 ? 0 : 1;
}
