// CoreSuite: names the core-tests.exe suite (the portable core, no Windows headers).
#include "TestHarness.h"

const char* const adhoc::test::kSuiteName = "core";
