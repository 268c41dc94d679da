// SystemInfo: see SystemInfo.h.
#include "SystemInfo.h"

#include <windows.h>

#include "AgentRegistry.h"
#include "TextConvert.h"

namespace adhoc::win32 {

namespace {

using RtlGetVersionFn = LONG(WINAPI*)(OSVERSIONINFOW*);

std::string windowsVersion() {
    OSVERSIONINFOW info{};
    info.dwOSVersionInfoSize = sizeof info;
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    auto rtlGetVersion = ntdll ? reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void*>(
                                     GetProcAddress(ntdll, "RtlGetVersion")))
                               : nullptr;
    if (rtlGetVersion) rtlGetVersion(&info);
    const wchar_t* key = L"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    std::string product = AgentRegistry::readString(HKEY_LOCAL_MACHINE, key, L"ProductName");
    if (product.empty()) product = "Windows";
    return product + " " + std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) + "." +
           std::to_string(info.dwBuildNumber);
}

}  // namespace

ComputerInfo SystemInfo::computer() {
    ComputerInfo info;
    wchar_t name[MAX_COMPUTERNAME_LENGTH + 64];
    DWORD size = sizeof name / sizeof name[0];
    if (GetComputerNameExW(ComputerNamePhysicalDnsHostname, name, &size)) info.name = TextConvert::toUtf8(name);
    info.os = windowsVersion();
    return info;
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
