// WindowTool: test helper (not shipped in the MSI) that reads the app's window the way a
// screen reader would, so the end-to-end tests can check what the end user sees and where
// to click (the clicks and keys themselves come from xdotool, as X input).
//   AdHocWindowTool.exe controls   one line per visible window of the running app (its main
//                                  window, a message box it shows), each followed by one line
//                                  per visible control in it: "window" or "control", class,
//                                  enabled (1/0), screen rectangle left,top,right,bottom and
//                                  the text, tab separated (line breaks in a text become
//                                  spaces). UTF-8.
// Exit status 0 when the app's window was found, 1 when it is not there.
#include <windows.h>

#include <cstdio>
#include <string>
#include <vector>

#include "../../src/win32/TextConvert.h"

namespace {

constexpr const wchar_t* kAppWindowClass = L"AdHocSupportAppWindow";

std::string textOf(HWND window) {
    int length = GetWindowTextLengthW(window);
    std::wstring text(static_cast<size_t>(length) + 1, L'\0');
    text.resize(static_cast<size_t>(GetWindowTextW(window, &text[0], length + 1)));
    for (wchar_t& c : text)
        if (c == L'\r' || c == L'\n' || c == L'\t') c = L' ';
    return adhoc::win32::TextConvert::toUtf8(text);
}

void print(const char* kind, HWND window) {
    wchar_t cls[64] = L"";
    GetClassNameW(window, cls, 64);
    RECT r{};
    GetWindowRect(window, &r);
    std::printf("%s\t%s\t%d\t%ld,%ld,%ld,%ld\t%s\n", kind, adhoc::win32::TextConvert::toUtf8(cls).c_str(),
                IsWindowEnabled(window) ? 1 : 0, r.left, r.top, r.right, r.bottom, textOf(window).c_str());
}

BOOL CALLBACK printVisibleChild(HWND child, LPARAM) {
    if (IsWindowVisible(child)) print("control", child);
    return TRUE;
}

struct AppWindows {
    DWORD processId;
    std::vector<HWND> found;
};

BOOL CALLBACK collectAppWindow(HWND window, LPARAM param) {
    auto* app = reinterpret_cast<AppWindows*>(param);
    DWORD processId = 0;
    GetWindowThreadProcessId(window, &processId);
    if (processId == app->processId && IsWindowVisible(window)) app->found.push_back(window);
    return TRUE;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2 || std::string(argv[1]) != "controls") {
        std::fprintf(stderr, "usage: AdHocWindowTool.exe controls\n");
        return 2;
    }
    HWND main = FindWindowW(kAppWindowClass, nullptr);
    if (!main) {
        std::fprintf(stderr, "the AdHoc Support app's window is not open\n");
        return 1;
    }
    AppWindows app{0, {}};
    GetWindowThreadProcessId(main, &app.processId);
    EnumWindows(&collectAppWindow, reinterpret_cast<LPARAM>(&app));
    for (HWND window : app.found) {
        print("window", window);
        EnumChildWindows(window, &printVisibleChild, 0);
    }
    return 0;
}
