// Win32Suite: names the win32-tests.exe suite (the Win32 layer, run under Wine).
#include "../TestHarness.h"

const char* const adhoc::test::kSuiteName = "win32";
