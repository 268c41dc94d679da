// ChatWindow: see ChatWindow.h.
#include "ChatWindow.h"

#include <commctrl.h>

#include <cstdio>

#include "../core/ChatText.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::chat {

namespace {

using win32::TextConvert;

const wchar_t* const kClassName = L"AdHocSupportChat";
constexpr UINT kShowIncoming = WM_APP + 1;  // technician messages are queued in incoming_
constexpr UINT kClose = WM_APP + 2;         // stop(): destroy the window, end the loop
constexpr int kWidth = 440, kHeight = 340, kMargin = 8, kInputHeight = 26, kButtonWidth = 80;

std::string clockNow() {
    SYSTEMTIME now;
    GetLocalTime(&now);
    char text[8];
    std::snprintf(text, sizeof text, "%02u:%02u", now.wHour, now.wMinute);
    return text;
}

HFONT messageFont() {
    NONCLIENTMETRICSW metrics{};
    metrics.cbSize = sizeof metrics;
    if (!SystemParametersInfoW(SPI_GETNONCLIENTMETRICS, sizeof metrics, &metrics, 0)) return nullptr;
    return CreateFontIndirectW(&metrics.lfMessageFont);
}

}  // namespace

ChatWindow::ChatWindow(StreamPeer& peer, const std::wstring& technicianName, bool openNow)
    : peer_(peer),
      technician_(technicianName),
      language_(Strings::fromLangId(GetUserDefaultUILanguage())),
      openNow_(openNow),
      ready_(CreateEventW(nullptr, TRUE, FALSE, nullptr)) {
    thread_.reset(CreateThread(nullptr, 0, &ChatWindow::threadMain, this, 0, nullptr));
    if (thread_) WaitForSingleObject(ready_.get(), INFINITE);
}

void ChatWindow::stop() {
    outgoing_.stop();
    if (!thread_) return;
    if (window_) PostMessageW(window_, kClose, 0, 0);
    WaitForSingleObject(thread_.get(), INFINITE);
    thread_.reset();
}

bool ChatWindow::onText(const Json& message) {
    if (message.getString("type") != "chat") return false;
    // The server relays only the technician's messages here; "user" would be our own.
    if (message.getString("from") == "user" || !message.get("text").isString()) return true;
    {
        win32::Lock lock(cs_);
        incoming_.push_back(message.getString("text"));
    }
    if (window_) PostMessageW(window_, kShowIncoming, 0, 0);
    return true;
}

DWORD WINAPI ChatWindow::threadMain(void* self) {
    static_cast<ChatWindow*>(self)->run();
    return 0;
}

void ChatWindow::run() {
    bool created = create();
    SetEvent(ready_.get());
    if (!created) {
        win32::Logger::error("chat: the window cannot be created: " + TextConvert::errorText(GetLastError()));
        return;
    }
    MSG message;
    while (GetMessageW(&message, nullptr, 0, 0) > 0) {
        TranslateMessage(&message);
        DispatchMessageW(&message);
    }
    font_.reset();  // the window that used it is gone
}

bool ChatWindow::create() {
    WNDCLASSEXW windowClass{};
    windowClass.cbSize = sizeof windowClass;
    windowClass.lpfnWndProc = &ChatWindow::windowProc;
    windowClass.hInstance = GetModuleHandleW(nullptr);
    windowClass.hCursor = LoadCursorW(nullptr, IDC_ARROW);
    windowClass.hbrBackground = reinterpret_cast<HBRUSH>(COLOR_BTNFACE + 1);
    windowClass.lpszClassName = kClassName;
    RegisterClassExW(&windowClass);  // fails harmlessly when already registered

    std::string title = Strings::format(Strings::get(language_, StringId::ChatTitle), TextConvert::toUtf8(technician_));
    RECT work{0, 0, 800, 600};
    SystemParametersInfoW(SPI_GETWORKAREA, 0, &work, 0);
    CreateWindowExW(WS_EX_TOPMOST, kClassName, TextConvert::toWide(title).c_str(), WS_OVERLAPPEDWINDOW,
                    work.right - kWidth - 16, work.bottom - kHeight - 16, kWidth, kHeight, nullptr, nullptr,
                    windowClass.hInstance, this);
    if (!window_) return false;
    if (openNow_) ShowWindow(window_, SW_SHOWNOACTIVATE);
    return true;
}

LRESULT CALLBACK ChatWindow::windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam) {
    if (message == WM_NCCREATE) {
        auto* self = static_cast<ChatWindow*>(reinterpret_cast<CREATESTRUCTW*>(lParam)->lpCreateParams);
        self->window_ = window;
        SetWindowLongPtrW(window, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(self));
    }
    auto* self = reinterpret_cast<ChatWindow*>(GetWindowLongPtrW(window, GWLP_USERDATA));
    return self ? self->handle(message, wParam, lParam) : DefWindowProcW(window, message, wParam, lParam);
}

LRESULT CALLBACK ChatWindow::inputProc(HWND input, UINT message, WPARAM wParam, LPARAM lParam, UINT_PTR,
                                       DWORD_PTR self) {
    // Enter sends (and must not reach the edit box, which would beep).
    if (message == WM_CHAR && wParam == VK_RETURN) {
        reinterpret_cast<ChatWindow*>(self)->sendTyped();
        return 0;
    }
    return DefSubclassProc(input, message, wParam, lParam);
}

LRESULT ChatWindow::handle(UINT message, WPARAM wParam, LPARAM lParam) {
    switch (message) {
        case WM_CREATE: {
            HINSTANCE instance = GetModuleHandleW(nullptr);
            HMENU transcriptId = reinterpret_cast<HMENU>(static_cast<INT_PTR>(kTranscriptId));
            HMENU inputId = reinterpret_cast<HMENU>(static_cast<INT_PTR>(kInputId));
            HMENU sendId = reinterpret_cast<HMENU>(static_cast<INT_PTR>(kSendId));
            transcript_ = CreateWindowExW(WS_EX_CLIENTEDGE, L"EDIT", L"",
                                          WS_CHILD | WS_VISIBLE | WS_VSCROLL | ES_MULTILINE | ES_READONLY | ES_AUTOVSCROLL,
                                          0, 0, 0, 0, window_, transcriptId, instance, nullptr);
            input_ = CreateWindowExW(WS_EX_CLIENTEDGE, L"EDIT", L"", WS_CHILD | WS_VISIBLE | WS_TABSTOP | ES_AUTOHSCROLL,
                                     0, 0, 0, 0, window_, inputId, instance, nullptr);
            std::wstring sendText = TextConvert::toWide(Strings::get(language_, StringId::ChatSend));
            send_ = CreateWindowExW(0, L"BUTTON", sendText.c_str(), WS_CHILD | WS_VISIBLE | WS_TABSTOP | BS_DEFPUSHBUTTON,
                                    0, 0, 0, 0, window_, sendId, instance, nullptr);
            if (!transcript_ || !input_ || !send_) return -1;
            font_.reset(messageFont());
            for (HWND control : {transcript_, input_, send_})
                SendMessageW(control, WM_SETFONT, reinterpret_cast<WPARAM>(font_.get()), FALSE);
            SendMessageW(transcript_, EM_SETLIMITTEXT, 0, 0);
            SendMessageW(input_, EM_SETLIMITTEXT, ChatText::kMaxUnits, 0);
            SetWindowSubclass(input_, &ChatWindow::inputProc, 1, reinterpret_cast<DWORD_PTR>(this));
            layout();
            return 0;
        }
        case WM_SIZE:
            layout();
            return 0;
        case WM_ACTIVATE:
            if (LOWORD(wParam) != WA_INACTIVE) SetFocus(input_);
            return 0;
        case WM_COMMAND:
            if (LOWORD(wParam) == kSendId && HIWORD(wParam) == BN_CLICKED) sendTyped();
            return 0;
        case kShowIncoming:
            showIncoming();
            return 0;
        case WM_CLOSE:
            ShowWindow(window_, SW_HIDE);  // the next message opens it again
            return 0;
        case kClose:
            DestroyWindow(window_);
            return 0;
        case WM_DESTROY:
            RemoveWindowSubclass(input_, &ChatWindow::inputProc, 1);
            PostQuitMessage(0);
            return 0;
        default:
            return DefWindowProcW(window_, message, wParam, lParam);
    }
}

void ChatWindow::layout() {
    RECT client;
    GetClientRect(window_, &client);
    int width = client.right - 2 * kMargin;
    int inputTop = client.bottom - kMargin - kInputHeight;
    MoveWindow(transcript_, kMargin, kMargin, width, inputTop - 2 * kMargin, TRUE);
    MoveWindow(input_, kMargin, inputTop, width - kButtonWidth - kMargin, kInputHeight, TRUE);
    MoveWindow(send_, client.right - kMargin - kButtonWidth, inputTop, kButtonWidth, kInputHeight, TRUE);
}

void ChatWindow::showIncoming() {
    std::vector<std::string> texts;
    {
        win32::Lock lock(cs_);
        texts.swap(incoming_);
    }
    if (texts.empty()) return;
    for (const std::string& text : texts) append(TextConvert::toUtf8(technician_), text);
    if (!IsWindowVisible(window_)) ShowWindow(window_, SW_SHOWNOACTIVATE);
    FLASHWINFO flash{sizeof flash, window_, FLASHW_ALL | FLASHW_TIMERNOFG, 3, 0};
    FlashWindowEx(&flash);
}

void ChatWindow::sendTyped() {
    int length = GetWindowTextLengthW(input_);
    std::wstring typed(static_cast<std::size_t>(length) + 1, L'\0');
    GetWindowTextW(input_, &typed[0], length + 1);
    typed.resize(static_cast<std::size_t>(length));
    std::string text = ChatText::outgoing(TextConvert::toUtf8(typed));
    if (text.empty()) return;
    SetWindowTextW(input_, L"");
    append(Strings::get(language_, StringId::ChatYou), text);
    outgoing_.post([this, text] {
        if (!peer_.sendText(ChatText::message(text))) win32::Logger::warn("chat: a message could not be sent");
    });
}

void ChatWindow::append(const std::string& who, const std::string& text) {
    std::wstring line = TextConvert::toWide(ChatText::transcriptLine(clockNow(), who, text));
    int end = GetWindowTextLengthW(transcript_);
    SendMessageW(transcript_, EM_SETSEL, end, end);
    SendMessageW(transcript_, EM_REPLACESEL, FALSE, reinterpret_cast<LPARAM>(line.c_str()));
}

}  // namespace adhoc::chat
