// SystemInfo: see SystemInfo.h.
#include "SystemInfo.h"

#include <windows.h>

#include "RegistryLayout.h"
#include "TextConvert.h"

namespace adhoc::win32 {

ComputerInfo SystemInfo::computer() {
    ComputerInfo info;
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 64];
    DWORD size = sizeof name / sizeof name[0];
    if (GetComputerNameExW(ComputerNamePhysicalDnsHostname, name, &size)) info.name = TextConvert::toUtf8(name);
    WindowsVersion version = windows();
    info.os = version.product + " " + version.number;
    return info;
}

// RtlGetVersion, since GetVersionEx lies to programs without a compatibility manifest.
WindowsVersion SystemInfo::windows() {
    using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);
    OSVERSIONINFOW info{};
    info.dwOSVersionInfoSize = sizeof info;
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    auto rtlGetVersion = ntdll ? reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void*>(
                                     GetProcAddress(ntdll, "RtlGetVersion")))
                               : nullptr;
    if (rtlGetVersion) rtlGetVersion(&info);
    WindowsVersion version;
    version.product = RegistryLayout::readString(HKEY_LOCAL_MACHINE, L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion",
                                                L"ProductName");
    if (version.product.empty()) version.product = "Windows";
    // Windows 11 still calls itself "Windows 10" in ProductName; build 22000 and later is 11.
    if (info.dwBuildNumber >= 22000 && version.product.rfind("Windows 10", 0) == 0) version.product.replace(8, 2, "11");
    version.number = std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) + "." +
                     std::to_string(info.dwBuildNumber);
    return version;
}

std::int64_t SystemInfo::nowMs() {
    FILETIME ft;
    GetSystemTimeAsFileTime(&ft);
    ULARGE_INTEGER t;
    t.LowPart = ft.dwLowDateTime;
    t.HighPart = ft.dwHighDateTime;
    return static_cast<std::int64_t>((t.QuadPart - 116444736000000000ULL) / 10000ULL);
}

}  // namespace adhoc::win32
