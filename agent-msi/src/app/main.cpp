// AdHocSupport.exe entry point: the support session app in the end user's desktop.
// One instance per user session; a second start brings the first window to the front.
#include <windows.h>
#include <commctrl.h>

#include "../core/Strings.h"
#include "../win32/Handle.h"
#include "MainWindow.h"

int WINAPI wWinMain(HINSTANCE instance, HINSTANCE, PWSTR, int showCommand) {
    using namespace adhoc;
    win32::UniqueHandle single(CreateMutexW(nullptr, TRUE, L"Local\\AdHocSupportApp"));
    if (GetLastError() == ERROR_ALREADY_EXISTS) {
        HWND existing = FindWindowW(app::MainWindow::kClassName, nullptr);
        if (existing) {
            ShowWindow(existing, SW_RESTORE);
            SetForegroundWindow(existing);
        }
        return 0;
    }
    INITCOMMONCONTROLSEX icc{sizeof icc, ICC_STANDARD_CLASSES};
    InitCommonControlsEx(&icc);
    Language language = Strings::fromLangId(GetUserDefaultUILanguage());
    app::MainWindow window(language);
    if (!window.create(instance, showCommand)) return 1;
    MSG msg;
    while (GetMessageW(&msg, nullptr, 0, 0) > 0) {
        HWND active = GetActiveWindow();
        if (active && IsDialogMessageW(active, &msg)) continue;
        TranslateMessage(&msg);
        DispatchMessageW(&msg);
    }
    return static_cast<int>(msg.wParam);
}
