// TextConvert: UTF-8 <-> UTF-16 conversion and Win32 error texts. The portable core
// speaks UTF-8; Win32 wide APIs speak UTF-16.
#pragma once

#include <windows.h>

#include <string>

namespace adhoc::win32 {

class TextConvert {
public:
    static std::wstring toWide(const std::string& utf8);
    static std::string toUtf8(const std::wstring& wide);
    // "<code> (<system message>)" for GetLastError()/NET_API_STATUS/WinHTTP codes.
    static std::string errorText(DWORD code);
    // Overwrites a wide buffer (passwords) before it is freed.
    static void wipe(std::wstring& text);
};

}  // namespace adhoc::win32
