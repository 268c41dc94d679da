// TestMain: doctest's runner for both unit-test executables (core-tests.exe and
// win32-tests.exe); run-unit-tests.sh reads its summary.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
// mingw-w64's win32 thread model has no std::mutex; every check runs on the test's thread.
#define DOCTEST_CONFIG_NO_MULTITHREADING
#include <doctest/doctest.h>
