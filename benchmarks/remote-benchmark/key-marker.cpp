// key-marker: the key-press workload's target on the PC (issue 17). A Windows program run
// under Wine in the agent's prefix, so both pipelines' input reaches it the way they deliver
// it: x11vnc's XTest keys through Wine's X11 driver, the agent's SendInput through wineserver.
// A 300x300 window at (X, Y), always on top; each F9 press it receives adds one to a count,
// turns the upper 270 rows black or white, and shows the count (mod 1024) in 10 squares of
// 30 px along the bottom, most significant first (white = 1), for the page to read.
//
//   key-marker.exe X Y     prints "READY <epoch ms>" once shown, then "KEY <epoch ms> <count>"
//                          for each press as it handles it; ends when its standard input closes.
//
// Built by run.sh with the mingw-w64 compiler the agent uses; not shipped.
#define UNICODE
#include <windows.h>

#include <cstdio>
#include <cstdlib>

namespace {

constexpr int kSize = 300;
constexpr int kBits = 10;
constexpr int kSquare = kSize / kBits;
int pressCount = 0;

double epochMs() {
    FILETIME now;
    GetSystemTimePreciseAsFileTime(&now);
    ULARGE_INTEGER ticks;
    ticks.LowPart = now.dwLowDateTime;
    ticks.HighPart = now.dwHighDateTime;
    return static_cast<double>(ticks.QuadPart - 116444736000000000ULL) / 10000.0;
}

void fill(HDC dc, int left, int top, int right, int bottom, bool white) {
    RECT r{left, top, right, bottom};
    FillRect(dc, &r, static_cast<HBRUSH>(GetStockObject(white ? WHITE_BRUSH : BLACK_BRUSH)));
}

void paint(HWND window) {
    PAINTSTRUCT ps;
    HDC dc = BeginPaint(window, &ps);
    fill(dc, 0, 0, kSize, kSize - kSquare, pressCount % 2 == 1);
    for (int bit = 0; bit < kBits; ++bit)
        fill(dc, bit * kSquare, kSize - kSquare, (bit + 1) * kSquare, kSize, (pressCount >> (kBits - 1 - bit)) & 1);
    EndPaint(window, &ps);
}

LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM w, LPARAM l) {
    switch (message) {
    case WM_KEYDOWN:
        if (w == VK_F9 && !(l & (1 << 30))) {  // not an auto-repeat
            ++pressCount;
            const double at = epochMs();
            InvalidateRect(window, nullptr, FALSE);
            UpdateWindow(window);
            std::printf("KEY %.1f %d\n", at, pressCount);
            std::fflush(stdout);
        }
        return 0;
    case WM_PAINT:
        paint(window);
        return 0;
    case WM_DESTROY:
        PostQuitMessage(0);
        return 0;
    default:
        return DefWindowProcW(window, message, w, l);
    }
}

// Closes the window when the benchmark closes our standard input.
DWORD WINAPI awaitEndOfInput(void* window) {
    char buffer[64];
    DWORD read = 0;
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    while (ReadFile(in, buffer, sizeof buffer, &read, nullptr) && read > 0) {
    }
    PostMessageW(static_cast<HWND>(window), WM_CLOSE, 0, 0);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: key-marker.exe X Y\n");
        return 2;
    }
    WNDCLASSW type{};
    type.lpfnWndProc = windowProc;
    type.hInstance = GetModuleHandleW(nullptr);
    type.hCursor = LoadCursorW(nullptr, IDC_ARROW);
    type.lpszClassName = L"BenchKeyMarker";
    RegisterClassW(&type);
    // A popup: Wine maps it without window-manager decoration and gives it the X input focus.
    HWND window = CreateWindowExW(WS_EX_TOPMOST, type.lpszClassName, L"bench-keys", WS_POPUP, atoi(argv[1]),
                                  atoi(argv[2]), kSize, kSize, nullptr, nullptr, type.hInstance, nullptr);
    if (!window) {
        std::fprintf(stderr, "key-marker: cannot create the window (%lu)\n", GetLastError());
        return 1;
    }
    ShowWindow(window, SW_SHOW);
    UpdateWindow(window);
    SetForegroundWindow(window);
    SetFocus(window);
    CloseHandle(CreateThread(nullptr, 0, awaitEndOfInput, window, 0, nullptr));
    std::printf("READY %.1f\n", epochMs());
    std::fflush(stdout);
    MSG message;
    while (GetMessageW(&message, nullptr, 0, 0) > 0) {
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    return 0;
}
