// InputDesktop: see InputDesktop.h.
#include "InputDesktop.h"

#include <string>

#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::remote {

namespace {

std::wstring desktopName(HDESK desktop) {
    wchar_t name[256] = {};
    DWORD needed = 0;
    if (!GetUserObjectInformationW(desktop, UOI_NAME, name, sizeof name - sizeof name[0], &needed)) return {};
    return name;
}

}  // namespace

bool InputDesktop::follow() {
    win32::UniqueDesktop input(OpenInputDesktop(0, FALSE, GENERIC_ALL));
    if (!input) return false;
    const std::wstring wanted = desktopName(input.get());
    if (wanted.empty() || wanted == desktopName(GetThreadDesktop(GetCurrentThreadId()))) return false;
    if (!SetThreadDesktop(input.get())) {
        win32::Logger::warn("remote control: cannot switch to the desktop " + win32::TextConvert::toUtf8(wanted) +
                            ": " + win32::TextConvert::errorText(GetLastError()));
        return false;
    }
    win32::Logger::info("remote control: now on the desktop " + win32::TextConvert::toUtf8(wanted));
    attached_ = std::move(input);
    return true;
}

}  // namespace adhoc::remote
