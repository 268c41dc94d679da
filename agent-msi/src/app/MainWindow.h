// MainWindow: the app's only window ("AdHoc Support"). Shows the session state in plain
// words, the server's messages verbatim, an edit box for the security code (and for the
// deployment link when the installer name carried no token), Activate, and
// "End session and remove". Polls the service over the pipe once a second.
#pragma once

#include <windows.h>

#include <string>

#include "../core/SessionController.h"
#include "../core/Strings.h"
#include "../win32/Handle.h"

namespace adhoc::app {

class MainWindow {
public:
    static constexpr const wchar_t* kClassName = L"AdHocSupportAppWindow";

    explicit MainWindow(Language language);
    bool create(HINSTANCE instance, int showCommand);

private:
    static LRESULT CALLBACK windowProc(HWND hwnd, UINT msg, WPARAM wParam, LPARAM lParam);
    LRESULT handle(UINT msg, WPARAM wParam, LPARAM lParam);
    void createControls();
    void layout();
    void refresh();
    void show(const ControllerStatus& status, bool serviceReachable);
    void onActivate();
    void onEndSession();
    std::wstring text(StringId id) const;
    std::wstring localTime(std::int64_t epochMs) const;
    HWND addControl(const wchar_t* cls, const std::wstring& caption, DWORD style, int id);
    int scale(int value) const { return MulDiv(value, dpi_, 96); }

    Language language_;
    HWND hwnd_ = nullptr;
    win32::UniqueGdiObject font_;
    win32::UniqueGdiObject boldFont_;
    int dpi_ = 96;
    HWND intro_ = nullptr, state_ = nullptr, message_ = nullptr;
    HWND codeLabel_ = nullptr, code_ = nullptr, linkLabel_ = nullptr, link_ = nullptr;
    HWND activate_ = nullptr, end_ = nullptr;
    bool needLink_ = false;
    bool canActivate_ = false;
    int endingTicks_ = 0;
};

}  // namespace adhoc::app
