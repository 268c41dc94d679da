// ClipboardSync: clipboard text both ways (docs/protocol.md, "clipboard"). A message-only
// window on its own thread hears every clipboard change and reports the PC's new text;
// text from the viewer is put on the clipboard there, and not reported back.
#pragma once

#include <windows.h>

#include <functional>
#include <string>

#include "../win32/Handle.h"
#include "WindowThread.h"

namespace adhoc::remote {

class ClipboardSync {
public:
    // Called on the clipboard thread with the new text (UTF-8) after a change on the PC.
    using TextChanged = std::function<void(const std::string& utf8)>;

    explicit ClipboardSync(TextChanged onChange) : onChange_(std::move(onChange)) {}
    ~ClipboardSync() { stop(); }

    bool start();
    void stop();
    // Puts `utf8` on the clipboard (asynchronously, on the clipboard thread).
    void setText(const std::string& utf8);

private:
    static LRESULT CALLBACK windowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam);
    HWND createWindow();
    void reportChange();
    void applyPendingText();

    TextChanged onChange_;
    WindowThread thread_;
    win32::CriticalSection lock_;
    std::wstring pending_;              // guarded by lock_
    bool hasPending_ = false;           // guarded by lock_
    DWORD ownSequence_ = 0;             // clipboard thread only: the change we made ourselves
};

}  // namespace adhoc::remote
