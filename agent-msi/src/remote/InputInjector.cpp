// InputInjector: see InputInjector.h.
#include "InputInjector.h"

#include <windows.h>

#include <algorithm>
#include <vector>

#include "../core/RemoteInput.h"
#include "Monitors.h"

namespace adhoc::remote {

namespace {

DWORD buttonFlag(const ButtonChange& change) {
    switch (change.button) {
    case ButtonChange::Button::Left: return change.down ? MOUSEEVENTF_LEFTDOWN : MOUSEEVENTF_LEFTUP;
    case ButtonChange::Button::Right: return change.down ? MOUSEEVENTF_RIGHTDOWN : MOUSEEVENTF_RIGHTUP;
    case ButtonChange::Button::Middle: return change.down ? MOUSEEVENTF_MIDDLEDOWN : MOUSEEVENTF_MIDDLEUP;
    }
    return 0;
}

INPUT mouseInput(DWORD flags) {
    INPUT input{};
    input.type = INPUT_MOUSE;
    input.mi.dwFlags = flags;
    return input;
}

INPUT keyInput(WORD scan, DWORD flags) {
    INPUT input{};
    input.type = INPUT_KEYBOARD;
    input.ki.wScan = scan;
    input.ki.dwFlags = flags;
    return input;
}

bool send(std::vector<INPUT>& inputs) {
    if (inputs.empty()) return true;
    return SendInput(static_cast<UINT>(inputs.size()), inputs.data(), sizeof(INPUT)) == inputs.size();
}

}  // namespace

bool InputInjector::mouse(const MonitorInfo& monitor, int x, int y, unsigned buttons, int wheel) {
    const RECT desktop = Monitors::virtualDesktop();
    const int px = monitor.x + std::clamp(x, 0, std::max(monitor.width - 1, 0));
    const int py = monitor.y + std::clamp(y, 0, std::max(monitor.height - 1, 0));
    std::vector<INPUT> inputs;
    INPUT move = mouseInput(MOUSEEVENTF_MOVE | MOUSEEVENTF_ABSOLUTE | MOUSEEVENTF_VIRTUALDESK);
    move.mi.dx = RemoteInput::absoluteCoordinate(px, desktop.left, desktop.right - desktop.left);
    move.mi.dy = RemoteInput::absoluteCoordinate(py, desktop.top, desktop.bottom - desktop.top);
    inputs.push_back(move);
    for (const ButtonChange& change : RemoteInput::buttonChanges(buttons_, buttons))
        inputs.push_back(mouseInput(buttonFlag(change)));
    if (wheel != 0) {
        INPUT turn = mouseInput(MOUSEEVENTF_WHEEL);
        turn.mi.mouseData = static_cast<DWORD>(wheel);
        inputs.push_back(turn);
    }
    buttons_ = buttons & 7u;
    return send(inputs);
}

bool InputInjector::key(int scanCode, bool extended, bool down) {
    DWORD flags = KEYEVENTF_SCANCODE;
    if (extended) flags |= KEYEVENTF_EXTENDEDKEY;
    if (!down) flags |= KEYEVENTF_KEYUP;
    INPUT input = keyInput(static_cast<WORD>(scanCode), flags);
    // Windows ignores wVk beside KEYEVENTF_SCANCODE and maps the scan code through the PC's
    // layout itself; Wine does not, and its programs get virtual key 0 (every key lost).
    const UINT code = static_cast<UINT>(scanCode) | (extended ? 0xE000u : 0u);
    input.ki.wVk = static_cast<WORD>(MapVirtualKeyW(code, MAPVK_VSC_TO_VK_EX));
    std::vector<INPUT> inputs{input};
    return send(inputs);
}

bool InputInjector::text(const std::wstring& text) {
    std::vector<INPUT> inputs;
    for (wchar_t unit : text) {
        inputs.push_back(keyInput(static_cast<WORD>(unit), KEYEVENTF_UNICODE));
        inputs.push_back(keyInput(static_cast<WORD>(unit), KEYEVENTF_UNICODE | KEYEVENTF_KEYUP));
    }
    return send(inputs);
}

}  // namespace adhoc::remote
