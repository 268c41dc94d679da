// MainWindow: see MainWindow.h.
#include "MainWindow.h"

#include "../core/EndingPause.h"
#include "../core/LocalProtocol.h"
#include "../win32/PipeClient.h"
#include "../win32/TextConvert.h"

namespace adhoc::app {

using win32::TextConvert;

namespace {

enum ControlId { kIntro = 100, kState, kMessage, kCodeLabel, kCode, kLinkLabel, kLink, kActivate, kEnd };
constexpr UINT_PTR kPollTimer = 1;
constexpr int kWidth = 520, kHeight = 340;

void setText(HWND control, const std::wstring& value) {
    int length = GetWindowTextLengthW(control);
    std::wstring current(static_cast<size_t>(length) + 1, L'\0');
    GetWindowTextW(control, &current[0], length + 1);
    current.resize(static_cast<size_t>(length));
    if (current != value) SetWindowTextW(control, value.c_str());
}

std::wstring readAndClear(HWND control, bool clear) {
    int length = GetWindowTextLengthW(control);
    std::wstring value(static_cast<size_t>(length) + 1, L'\0');
    GetWindowTextW(control, &value[0], length + 1);
    value.resize(static_cast<size_t>(length));
    if (clear) SetWindowTextW(control, L"");
    return value;
}

}  // namespace

MainWindow::MainWindow(Language language) : language_(language) {}

std::wstring MainWindow::text(StringId id) const { return TextConvert::toWide(Strings::get(language_, id)); }

bool MainWindow::create(HINSTANCE instance, int showCommand) {
    WNDCLASSEXW wc{};
    wc.cbSize = sizeof wc;
    wc.lpfnWndProc = &MainWindow::windowProc;
    wc.hInstance = instance;
    wc.hCursor = LoadCursorW(nullptr, IDC_ARROW);
    wc.hIcon = LoadIconW(nullptr, IDI_INFORMATION);
    wc.hbrBackground = reinterpret_cast<HBRUSH>(COLOR_BTNFACE + 1);
    wc.lpszClassName = kClassName;
    if (!RegisterClassExW(&wc)) return false;
    dpi_ = GetDeviceCaps(win32::UniqueScreenDc(GetDC(nullptr)).get(), LOGPIXELSY);
    RECT rect{0, 0, scale(kWidth), scale(kHeight)};
    DWORD style = WS_OVERLAPPED | WS_CAPTION | WS_SYSMENU | WS_MINIMIZEBOX;
    AdjustWindowRect(&rect, style, FALSE);
    hwnd_ = CreateWindowExW(0, kClassName, text(StringId::WindowTitle).c_str(), style, CW_USEDEFAULT, CW_USEDEFAULT,
                            rect.right - rect.left, rect.bottom - rect.top, nullptr, nullptr, instance, this);
    if (!hwnd_) return false;
    ShowWindow(hwnd_, showCommand);
    UpdateWindow(hwnd_);
    return true;
}

LRESULT CALLBACK MainWindow::windowProc(HWND hwnd, UINT msg, WPARAM wParam, LPARAM lParam) {
    if (msg == WM_NCCREATE) {
        auto* self = static_cast<MainWindow*>(reinterpret_cast<CREATESTRUCTW*>(lParam)->lpCreateParams);
        self->hwnd_ = hwnd;
        SetWindowLongPtrW(hwnd, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(self));
    }
    auto* self = reinterpret_cast<MainWindow*>(GetWindowLongPtrW(hwnd, GWLP_USERDATA));
    return self ? self->handle(msg, wParam, lParam) : DefWindowProcW(hwnd, msg, wParam, lParam);
}

LRESULT MainWindow::handle(UINT msg, WPARAM wParam, LPARAM lParam) {
    switch (msg) {
        case WM_CREATE:
            createControls();
            refresh();
            SetFocus(code_);
            SetTimer(hwnd_, kPollTimer, 1000, nullptr);
            return 0;
        case WM_TIMER:
            if (wParam == kPollTimer) refresh();
            return 0;
        case WM_COMMAND:
            // IDOK: Enter pressed in the code or link box (IsDialogMessage).
            if (LOWORD(wParam) == kActivate || LOWORD(wParam) == IDOK) onActivate();
            if (LOWORD(wParam) == kEnd) onEndSession();
            return 0;
        case WM_CTLCOLORSTATIC:
            if (reinterpret_cast<HWND>(lParam) == message_) {
                HDC dc = reinterpret_cast<HDC>(wParam);
                SetTextColor(dc, RGB(0xB0, 0x00, 0x20));
                SetBkMode(dc, TRANSPARENT);
                return reinterpret_cast<LRESULT>(GetSysColorBrush(COLOR_BTNFACE));
            }
            break;
        case WM_DESTROY:
            KillTimer(hwnd_, kPollTimer);
            PostQuitMessage(0);
            return 0;
    }
    return DefWindowProcW(hwnd_, msg, wParam, lParam);
}

HWND MainWindow::addControl(const wchar_t* cls, const std::wstring& caption, DWORD style, int id) {
    DWORD exStyle = std::wstring(cls) == L"EDIT" ? WS_EX_CLIENTEDGE : 0;
    HWND control = CreateWindowExW(exStyle, cls, caption.c_str(), WS_CHILD | WS_VISIBLE | style, 0, 0, 10, 10, hwnd_,
                                   reinterpret_cast<HMENU>(static_cast<INT_PTR>(id)), nullptr, nullptr);
    SendMessageW(control, WM_SETFONT, reinterpret_cast<WPARAM>((id == kState ? boldFont_ : font_).get()), TRUE);
    return control;
}

void MainWindow::createControls() {
    NONCLIENTMETRICSW metrics{};
    metrics.cbSize = sizeof metrics;
    SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof metrics, &metrics, 0);
    font_.reset(CreateFontIndirectW(&metrics.lfMessageFont));
    LOGFONTW bold = metrics.lfMessageFont;
    bold.lfWeight = FW_BOLD;
    boldFont_.reset(CreateFontIndirectW(&bold));
    intro_ = addControl(L"STATIC", text(StringId::Intro), SS_LEFT, kIntro);
    state_ = addControl(L"STATIC", text(StringId::StateConnectingService), SS_LEFT, kState);
    message_ = addControl(L"STATIC", L"", SS_LEFT, kMessage);
    codeLabel_ = addControl(L"STATIC", text(StringId::CodeLabel), SS_LEFT, kCodeLabel);
    code_ = addControl(L"EDIT", L"", WS_TABSTOP | ES_AUTOHSCROLL, kCode);
    linkLabel_ = addControl(L"STATIC", text(StringId::LinkLabel), SS_LEFT, kLinkLabel);
    link_ = addControl(L"EDIT", L"", WS_TABSTOP | ES_AUTOHSCROLL, kLink);
    activate_ = addControl(L"BUTTON", text(StringId::Activate), WS_TABSTOP | BS_DEFPUSHBUTTON, kActivate);
    end_ = addControl(L"BUTTON", text(StringId::EndSession), WS_TABSTOP | BS_PUSHBUTTON, kEnd);
    SendMessageW(code_, EM_LIMITTEXT, 64, 0);
    SendMessageW(link_, EM_LIMITTEXT, 512, 0);
    layout();
}

void MainWindow::layout() {
    const int m = scale(16), w = scale(kWidth) - 2 * m, labelW = scale(150), row = scale(24);
    int y = m;
    MoveWindow(intro_, m, y, w, scale(36), TRUE);
    y += scale(44);
    MoveWindow(state_, m, y, w, scale(40), TRUE);
    y += scale(46);
    MoveWindow(message_, m, y, w, scale(52), TRUE);
    y += scale(58);
    MoveWindow(codeLabel_, m, y + scale(4), labelW, row, TRUE);
    MoveWindow(code_, m + labelW, y, w - labelW, row, TRUE);
    y += row + scale(8);
    MoveWindow(linkLabel_, m, y + scale(4), labelW, row, TRUE);
    MoveWindow(link_, m + labelW, y, w - labelW, row, TRUE);
    y += row + scale(10);
    MoveWindow(activate_, m + labelW, y, scale(120), scale(30), TRUE);
    // The way out is always visible, on its own row at the bottom.
    MoveWindow(end_, m + w - scale(220), scale(kHeight) - m - scale(30), scale(220), scale(30), TRUE);
}

std::wstring MainWindow::localTime(std::int64_t epochMs) const {
    ULARGE_INTEGER t;
    t.QuadPart = static_cast<ULONGLONG>(epochMs) * 10000ULL + 116444736000000000ULL;
    FILETIME utc{t.LowPart, t.HighPart}, local;
    SYSTEMTIME st;
    if (!FileTimeToLocalFileTime(&utc, &local) || !FileTimeToSystemTime(&local, &st)) return L"?";
    wchar_t date[64] = L"", time[64] = L"";
    GetDateFormatW(LOCALE_USER_DEFAULT, DATE_SHORTDATE, &st, nullptr, date, 64);
    GetTimeFormatW(LOCALE_USER_DEFAULT, TIME_NOSECONDS, &st, nullptr, time, 64);
    return std::wstring(date) + L" " + time;
}

void MainWindow::refresh() {
    std::string reply;
    ControllerStatus status;
    bool reachable = win32::PipeClient::call(LocalProtocol::statusRequest(), reply, 500) &&
                     LocalProtocol::decodeStatus(reply, status);
    show(status, reachable);
}

void MainWindow::show(const ControllerStatus& s, bool reachable) {
    std::wstring stateText, messageText;
    // During an active session a new code is answered with "a previous session has not yet
    // been fully closed" and the name of its technician.
    canActivate_ = reachable && (s.state == AgentState::WaitingForCode || s.state == AgentState::Active);
    needLink_ = reachable && s.needLink;
    if (!reachable) {
        stateText = text(StringId::StateConnectingService);
    } else {
        switch (s.state) {
            case AgentState::Blocked: stateText = text(StringId::HostSoftwareInstalled); break;
            case AgentState::WaitingForCode: stateText = text(StringId::StateWaitingForCode); break;
            case AgentState::Activating:
                stateText = text(StringId::StateActivating);
                if (!s.connected) stateText += L" " + text(StringId::ServerUnreachable);
                break;
            case AgentState::Active: {
                std::string pattern = Strings::get(language_, StringId::StateActiveUntil);
                stateText = TextConvert::toWide(Strings::format(pattern, s.technician, TextConvert::toUtf8(localTime(s.expiresAtMs))));
                if (s.viewers > 0) stateText += L"\n" + text(StringId::StateTechnicianConnected);
                if (s.viewers > 0 && s.recorded) stateText += L"\n" + text(StringId::StateConnectionRecorded);
                else if (!s.connected) stateText += L"\n" + text(StringId::StateOffline);
                break;
            }
            case AgentState::Ending:
                stateText = text(StringId::StateEnding);
                // Shown for EndingPause::kAppShowsEndingMs (one poll a second), then closed:
                // the service removes the product once the app is gone.
                if (++endingTicks_ > EndingPause::kAppShowsEndingMs / 1000) DestroyWindow(hwnd_);
                break;
        }
        if (!s.refusalText.empty()) {
            messageText = TextConvert::toWide(s.refusalText);  // worded by the service in language_
        } else {
            switch (s.localMessage) {
                case LocalMessage::NeedLink: messageText = text(StringId::NeedLink); break;
                case LocalMessage::CodeMissing: messageText = text(StringId::CodeMissing); break;
                case LocalMessage::ConnectionLost: messageText = text(StringId::ConnectionLost); break;
                case LocalMessage::AccountFailed: messageText = text(StringId::AccountFailed); break;
                case LocalMessage::Busy: messageText = text(StringId::Busy); break;
                case LocalMessage::ServerNotTrusted: messageText = text(StringId::ServerNotTrusted); break;
                case LocalMessage::PreviousSessionOpen:
                    messageText = TextConvert::toWide(
                        Strings::format(Strings::get(language_, StringId::PreviousSessionOpen), s.technician));
                    break;
                case LocalMessage::HostSoftwareInstalled:
                case LocalMessage::None: break;
            }
        }
        if (s.state == AgentState::WaitingForCode && s.needLink && messageText.empty())
            messageText = text(StringId::NeedLink);
    }
    setText(state_, stateText);
    setText(message_, messageText);
    bool codeVisible = canActivate_ || (reachable && s.state == AgentState::Activating);
    ShowWindow(codeLabel_, codeVisible ? SW_SHOW : SW_HIDE);
    ShowWindow(code_, codeVisible ? SW_SHOW : SW_HIDE);
    ShowWindow(linkLabel_, codeVisible && needLink_ ? SW_SHOW : SW_HIDE);
    ShowWindow(link_, codeVisible && needLink_ ? SW_SHOW : SW_HIDE);
    ShowWindow(activate_, codeVisible ? SW_SHOW : SW_HIDE);
    EnableWindow(activate_, canActivate_);
    EnableWindow(code_, canActivate_);
    EnableWindow(link_, canActivate_);
    EnableWindow(end_, reachable && s.state != AgentState::Ending);
}

void MainWindow::onActivate() {
    if (!canActivate_) return;
    std::wstring code = readAndClear(code_, true);
    std::wstring link = needLink_ ? readAndClear(link_, false) : std::wstring();
    std::string codeUtf8 = TextConvert::toUtf8(code);
    TextConvert::wipe(code);
    std::string request = LocalProtocol::activateRequest(codeUtf8, TextConvert::toUtf8(link), language_);
    SecureZeroMemory(&codeUtf8[0], codeUtf8.size());
    std::string reply;
    win32::PipeClient::call(request, reply, 2000);
    SecureZeroMemory(&request[0], request.size());
    ControllerStatus status;
    bool ok = LocalProtocol::decodeStatus(reply, status);
    show(status, ok);
}

void MainWindow::onEndSession() {
    if (MessageBoxW(hwnd_, text(StringId::ConfirmEnd).c_str(), text(StringId::WindowTitle).c_str(),
                    MB_YESNO | MB_ICONQUESTION | MB_DEFBUTTON2) != IDYES)
        return;
    std::string reply;
    win32::PipeClient::call(LocalProtocol::endSessionRequest(), reply, 2000);
    ControllerStatus status;
    bool ok = LocalProtocol::decodeStatus(reply, status);
    show(status, ok);
}

}  // namespace adhoc::app
