// DashboardTest: the Dashboard under Wine through a FakePeer: system facts, the process
// list (this process in it) and ending a process, services, software from the Uninstall
// keys, the System log that Wine cannot read, and the refusals.
#include <windows.h>

#include "../../src/dashboard/Dashboard.h"
#include "../../src/win32/TextConvert.h"
#include <doctest/doctest.h>
#include "FakePeer.h"

using namespace adhoc;
using adhoc::test::FakePeer;
using adhoc::test::request;

namespace {

Json ask(const std::string& json, const char* answerType, int id) {
    FakePeer peer;
    dashboard::Dashboard dashboard(peer);
    CHECK(dashboard.onText(request(json)));
    return peer.waitFor(answerType, Json::integer(id), 30000);
}

void writeUninstallEntry(const wchar_t* key, const wchar_t* name, DWORD systemComponent) {
    std::wstring path = std::wstring(L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\") + key;
    HKEY entry = nullptr;
    RegCreateKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), 0, nullptr, 0, KEY_WRITE | KEY_WOW64_64KEY, nullptr, &entry,
                    nullptr);
    if (name) RegSetValueExW(entry, L"DisplayName", 0, REG_SZ, reinterpret_cast<const BYTE*>(name), (lstrlenW(name) + 1) * 2);
    RegSetValueExW(entry, L"DisplayVersion", 0, REG_SZ, reinterpret_cast<const BYTE*>(L"1.2.3"), 12);
    RegSetValueExW(entry, L"Publisher", 0, REG_SZ, reinterpret_cast<const BYTE*>(L"AdHoc Tests"), 24);
    RegSetValueExW(entry, L"SystemComponent", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&systemComponent), 4);
    RegCloseKey(entry);
}

void deleteUninstallEntry(const wchar_t* key) {
    std::wstring path = std::wstring(L"SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\") + key;
    RegDeleteKeyExW(HKEY_LOCAL_MACHINE, path.c_str(), KEY_WOW64_64KEY, 0);
}

}  // namespace

TEST_CASE("dashboard_reports_the_system") {
    Json system = ask(R"({"type":"system","id":1})", "system", 1);
    CHECK(!system.getString("computer").empty());
    CHECK(!system.getString("os").empty());
    std::string version = system.getString("version");
    CHECK((version.find('.') != std::string::npos && version.find('.') != version.rfind('.')));
    CHECK(system.get("uptimeSeconds").asInteger(-1) >= 0);
    const Json& cpu = system.get("cpu");
    CHECK(cpu.get("cores").asInteger() >= 1);
    CHECK((cpu.get("loadPercent").asInteger(-1) >= 0 && cpu.get("loadPercent").asInteger() <= 100));
    const Json& memory = system.get("memory");
    CHECK(memory.get("total").asInteger() > 0);
    CHECK((memory.get("free").asInteger() > 0 && memory.get("free").asInteger() <= memory.get("total").asInteger()));
    bool hasC = false;
    for (const Json& disk : system.get("disks").items()) hasC = hasC || (disk.getString("path") == "C:\\" && disk.get("total").asInteger() > 0);
    CHECK(hasC);
    CHECK(system.get("adapters").kind() == Json::Kind::Array);
    for (const Json& adapter : system.get("adapters").items()) CHECK(adapter.get("addresses").kind() == Json::Kind::Array);
}

TEST_CASE("dashboard_lists_processes_with_this_one") {
    Json answer = ask(R"({"type":"processes","id":2})", "processes", 2);
    bool found = false;
    for (const Json& process : answer.get("processes").items())
        if (process.get("pid").asInteger() == static_cast<std::int64_t>(GetCurrentProcessId())) {
            found = true;
            CHECK_EQ(process.getString("name"), std::string("win32-tests.exe"));
            CHECK(process.get("memory").asInteger() > 0);
        }
    CHECK(found);
}

TEST_CASE("dashboard_ends_a_process_and_refuses_the_protected_ones") {
    wchar_t self[MAX_PATH];
    GetModuleFileNameW(nullptr, self, MAX_PATH);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION child{};
    CHECK(CreateProcessW(self, nullptr, nullptr, nullptr, FALSE, CREATE_SUSPENDED, nullptr, nullptr, &startup, &child));
    Json done = ask(R"({"type":"endProcess","id":3,"pid":)" + std::to_string(child.dwProcessId) + "}", "done", 3);
    CHECK(!done.isNull());
    CHECK_EQ(WaitForSingleObject(child.hProcess, 5000), static_cast<DWORD>(WAIT_OBJECT_0));
    CloseHandle(child.hThread);
    CloseHandle(child.hProcess);

    Json own = ask(R"({"type":"endProcess","id":4,"pid":)" + std::to_string(GetCurrentProcessId()) + "}", "failed", 4);
    CHECK_EQ(own.getString("code"), std::string("FAILED"));
    CHECK(own.getString("message").find("AdHoc Support") != std::string::npos);
    CHECK_EQ(ask(R"({"type":"endProcess","id":5,"pid":4})", "failed", 5).getString("code"), std::string("FAILED"));
    CHECK_EQ(ask(R"({"type":"endProcess","id":6,"pid":0})", "failed", 6).getString("code"), std::string("FAILED"));
    CHECK_EQ(ask(R"({"type":"endProcess","id":7,"pid":2147483640})", "failed", 7).getString("code"),
             std::string("NOT_FOUND"));
    CHECK_EQ(ask(R"({"type":"endProcess","id":8,"pid":"x"})", "failed", 8).getString("code"), std::string("FAILED"));
}

TEST_CASE("dashboard_lists_and_controls_services") {
    Json answer = ask(R"({"type":"services","id":4})", "services", 4);
    const auto& services = answer.get("services").items();
    CHECK(services.size() > 3);
    bool plugPlay = false;
    for (const Json& service : services) {
        CHECK(!service.getString("name").empty());
        CHECK(service.getString("state") != "unknown");
        if (service.getString("name") == "PlugPlay") {
            plugPlay = true;
            CHECK_EQ(service.getString("state"), std::string("running"));
        }
    }
    CHECK(plugPlay);
    CHECK_EQ(ask(R"({"type":"service","id":5,"name":"NoSuchService42","action":"start"})", "failed", 5).getString("code"),
             std::string("NOT_FOUND"));
    CHECK_EQ(ask(R"({"type":"service","id":6,"name":"AdHocSupportAgent","action":"stop"})", "failed", 6).getString("code"),
             std::string("FAILED"));
    CHECK_EQ(ask(R"({"type":"service","id":7,"name":"PlugPlay","action":"pause"})", "failed", 7).getString("code"),
             std::string("FAILED"));
}

TEST_CASE("dashboard_lists_software_without_system_components") {
    writeUninstallEntry(L"AdHocTestVisible", L"AdHoc Test Program", 0);
    writeUninstallEntry(L"AdHocTestHidden", L"AdHoc Hidden Component", 1);
    writeUninstallEntry(L"AdHocTestNameless", nullptr, 0);
    Json answer = ask(R"({"type":"software","id":6})", "software", 6);
    int visible = 0, hidden = 0;
    for (const Json& program : answer.get("software").items()) {
        CHECK(!program.getString("name").empty());
        if (program.getString("name") == "AdHoc Test Program") {
            ++visible;
            CHECK_EQ(program.getString("version"), std::string("1.2.3"));
            CHECK_EQ(program.getString("publisher"), std::string("AdHoc Tests"));
        }
        if (program.getString("name") == "AdHoc Hidden Component") ++hidden;
    }
    CHECK_EQ(visible, 1);
    CHECK_EQ(hidden, 0);
    deleteUninstallEntry(L"AdHocTestVisible");
    deleteUninstallEntry(L"AdHocTestHidden");
    deleteUninstallEntry(L"AdHocTestNameless");
}

// Wine's wevtapi is a stub (EvtQuery returns no handle): the answer must say so, not claim no errors.
TEST_CASE("dashboard_events_fail_plainly_when_the_system_log_cannot_be_read") {
    Json answer = ask(R"({"type":"events","id":7})", "failed", 7);
    CHECK_EQ(answer.getString("code"), std::string("FAILED"));
    CHECK_EQ(answer.getString("message"), std::string("The System event log cannot be read: Windows gave no reason."));
    FakePeer peer;
    dashboard::Dashboard dashboard(peer);
    CHECK(!dashboard.onText(request(R"({"type":"list","id":1})")));
    CHECK(!dashboard.onText(request(R"({"type":"chat","text":"x"})")));
}
