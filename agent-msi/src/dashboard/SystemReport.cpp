// SystemReport: see SystemReport.h.
#include "SystemReport.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#include <windows.h>

#include <cstdio>
#include <vector>

#include "../win32/RegistryLayout.h"
#include "../win32/SystemInfo.h"
#include "../win32/TextConvert.h"

namespace adhoc::dashboard {

namespace {

using win32::TextConvert;

constexpr DWORD kLoadSampleMs = 250;

std::uint64_t ticks(const FILETIME& t) { return (static_cast<std::uint64_t>(t.dwHighDateTime) << 32) | t.dwLowDateTime; }

Json number(std::uint64_t value) { return Json::integer(static_cast<std::int64_t>(value)); }

std::string trimmed(std::string text) {
    std::size_t first = text.find_first_not_of(' ');
    std::size_t last = text.find_last_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

void addWindows(Json& reply) {
    win32::WindowsVersion version = win32::SystemInfo::windows();
    reply.set("os", Json::string(version.product));
    reply.set("version", Json::string(version.number));
}

int cpuLoadPercent() {
    FILETIME idle1, kernel1, user1, idle2, kernel2, user2;
    if (!GetSystemTimes(&idle1, &kernel1, &user1)) return 0;
    Sleep(kLoadSampleMs);
    if (!GetSystemTimes(&idle2, &kernel2, &user2)) return 0;
    // Kernel time includes idle time.
    std::uint64_t total = (ticks(kernel2) - ticks(kernel1)) + (ticks(user2) - ticks(user1));
    std::uint64_t idle = ticks(idle2) - ticks(idle1);
    if (total == 0 || idle > total) return 0;
    return static_cast<int>((total - idle) * 100 / total);
}

Json cpu() {
    Json cpu = Json::object();
    cpu.set("name", Json::string(trimmed(win32::RegistryLayout::readString(
                        HKEY_LOCAL_MACHINE, L"HARDWARE\\DESCRIPTION\\System\\CentralProcessor\\0",
                        L"ProcessorNameString"))));
    cpu.set("cores", Json::integer(GetActiveProcessorCount(ALL_PROCESSOR_GROUPS)));
    cpu.set("loadPercent", Json::integer(cpuLoadPercent()));
    return cpu;
}

Json memory() {
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof status;
    GlobalMemoryStatusEx(&status);
    Json memory = Json::object();
    memory.set("total", number(status.ullTotalPhys));
    memory.set("free", number(status.ullAvailPhys));
    return memory;
}

Json fixedDisks() {
    Json disks = Json::array();
    DWORD mask = GetLogicalDrives();
    for (int letter = 0; letter < 26; ++letter) {
        std::wstring root = {static_cast<wchar_t>(L'A' + letter), L':', L'\\'};
        ULARGE_INTEGER free{}, total{};
        if ((mask & (1u << letter)) == 0 || GetDriveTypeW(root.c_str()) != DRIVE_FIXED ||
            !GetDiskFreeSpaceExW(root.c_str(), &free, &total, nullptr))
            continue;
        Json disk = Json::object();
        disk.set("path", Json::string(TextConvert::toUtf8(root)));
        disk.set("total", number(total.QuadPart));
        disk.set("free", number(free.QuadPart));
        disks.push(std::move(disk));
    }
    return disks;
}

std::string macText(const IP_ADAPTER_ADDRESSES& adapter) {
    std::string mac;
    for (ULONG i = 0; i < adapter.PhysicalAddressLength; ++i) {
        char part[4];
        std::snprintf(part, sizeof part, i == 0 ? "%02X" : "-%02X", adapter.PhysicalAddress[i]);
        mac += part;
    }
    return mac;
}

Json addressesOf(const IP_ADAPTER_ADDRESSES& adapter) {
    Json addresses = Json::array();
    for (auto* unicast = adapter.FirstUnicastAddress; unicast; unicast = unicast->Next) {
        wchar_t text[INET6_ADDRSTRLEN] = L"";
        const sockaddr* address = unicast->Address.lpSockaddr;
        const void* raw = address->sa_family == AF_INET
                              ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(address)->sin_addr)
                              : static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(address)->sin6_addr);
        if (InetNtopW(address->sa_family, raw, text, INET6_ADDRSTRLEN))
            addresses.push(Json::string(TextConvert::toUtf8(text)));
    }
    return addresses;
}

Json adapters() {
    Json list = Json::array();
    ULONG flags = GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER;
    ULONG size = 16 * 1024;
    std::vector<std::uint8_t> buffer;
    ULONG result = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && result == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        result = GetAdaptersAddresses(AF_UNSPEC, flags, nullptr,
                                      reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
    }
    if (result != NO_ERROR) return list;
    for (auto* adapter = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); adapter; adapter = adapter->Next) {
        if (adapter->IfType == IF_TYPE_SOFTWARE_LOOPBACK) continue;
        Json entry = Json::object();
        entry.set("name", Json::string(TextConvert::toUtf8(adapter->FriendlyName ? adapter->FriendlyName : L"")));
        entry.set("mac", Json::string(macText(*adapter)));
        entry.set("addresses", addressesOf(*adapter));
        list.push(std::move(entry));
    }
    return list;
}

}  // namespace

void SystemReport::addTo(Json& reply) {
    reply.set("computer", Json::string(win32::SystemInfo::computer().name));
    addWindows(reply);
    reply.set("uptimeSeconds", number(GetTickCount64() / 1000));
    reply.set("cpu", cpu());
    reply.set("memory", memory());
    reply.set("disks", fixedDisks());
    reply.set("adapters", adapters());
}

}  // namespace adhoc::dashboard
