// ChatWindow: the chat of every feature (docs/protocol.md, "Chat"): a small always-on-top
// window on the end user's desktop, titled "Chat with <technician> - AdHoc Support" in
// the user's language, with the transcript, an input line and Send (Enter sends). It
// runs its own thread and message loop; the technician's messages open it (if closed)
// and flash it; closing it only hides it.
//
//   chat::ChatWindow chat(peer, L"Anna Bianchi", start.get("chat").asBool());
#pragma once

#include <windows.h>

#include <string>
#include <vector>

#include "../core/Stream.h"
#include "../core/Strings.h"
#include "../win32/TaskQueue.h"
#include "../win32/Handle.h"

namespace adhoc::chat {

class ChatWindow : public StreamHandler {
public:
    // Control ids, for tests that drive the window.
    static constexpr int kTranscriptId = 101;
    static constexpr int kInputId = 102;
    static constexpr int kSendId = 103;

    // Creates the window (shown at once when `openNow`); waits until it exists.
    ChatWindow(StreamPeer& peer, const std::wstring& technicianName, bool openNow);
    ~ChatWindow() override { stop(); }
    ChatWindow(const ChatWindow&) = delete;
    ChatWindow& operator=(const ChatWindow&) = delete;

    bool onText(const Json& message) override;
    bool onBinary(const std::uint8_t*, std::size_t) override { return false; }
    void stop() override;

    HWND window() const { return window_; }

private:
    static DWORD WINAPI threadMain(void* self);
    static LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam);
    static LRESULT CALLBACK inputProc(HWND input, UINT message, WPARAM wParam, LPARAM lParam, UINT_PTR id,
                                      DWORD_PTR self);
    void run();
    bool create();
    LRESULT handle(UINT message, WPARAM wParam, LPARAM lParam);
    void layout();
    void showIncoming();
    void sendTyped();
    void append(const std::string& who, const std::string& text);

    StreamPeer& peer_;
    std::wstring technician_;
    Language language_;
    bool openNow_;
    HWND window_ = nullptr;
    HWND transcript_ = nullptr;
    HWND input_ = nullptr;
    HWND send_ = nullptr;
    win32::UniqueGdiObject font_;
    win32::CriticalSection cs_;
    std::vector<std::string> incoming_;
    win32::UniqueHandle ready_;
    win32::UniqueHandle thread_;
    win32::TaskQueue outgoing_;  // sends on its own thread: the network may block
};

}  // namespace adhoc::chat
