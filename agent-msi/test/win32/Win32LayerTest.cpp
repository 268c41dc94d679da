// Win32LayerTest: the Win32 layer under Wine: text conversion, the registry session store
// and its ACL'd key, the first-start record, the pipe between app and service, the log
// rotation, and the mapping of NetUserAdd errors; the pipe refuses a squatted name,
// reports its client and admits SYSTEM and the console user only. (The account calls
// themselves are not faithful under Wine: they are checked on real Windows.)
#include <windows.h>
#include <aclapi.h>
#include <lm.h>
#include <sddl.h>

#include <vector>

#include "../../src/core/DirectoryTrust.h"
#include "../../src/core/LocalProtocol.h"
#include "../../src/win32/RegistryLayout.h"
#include "../../src/win32/LocalAccountManager.h"
#include "../../src/win32/Logger.h"
#include "../../src/win32/PipeClient.h"
#include "../../src/win32/PipeServer.h"
#include "../../src/win32/RegistrySessionStore.h"
#include "../../src/win32/SecureDirectory.h"
#include "../../src/win32/TextConvert.h"
#include <doctest/doctest.h>

using namespace adhoc;
using namespace adhoc::win32;

TEST_CASE("text_convert_round_trips_utf8") {
    std::string italian = "Sessione attiva con Nicol\xC3\xB2 \xE2\x82\xAC";
    std::wstring wide = TextConvert::toWide(italian);
    CHECK_EQ(wide.size(), 28u);  // "Nicolò" and "€" are one UTF-16 unit each
    CHECK(TextConvert::toUtf8(wide) == italian);
    CHECK(TextConvert::toWide("").empty());
    CHECK(TextConvert::errorText(ERROR_ACCESS_DENIED).rfind("5", 0) == 0);
}

TEST_CASE("registry_store_round_trip_and_clear") {
    RegistrySessionStore store;
    store.clear();
    StoredSession none;
    CHECK(!store.load(none));
    StoredSession s{"s-9", "credential-9", "Anna Bianchi", 1795688100000LL};
    CHECK(store.save(s));
    StoredSession back;
    CHECK(store.load(back));
    CHECK_EQ(back.sessionId, s.sessionId);
    CHECK_EQ(back.credential, s.credential);
    CHECK_EQ(back.technician, s.technician);
    CHECK_EQ(back.expiresAtMs, s.expiresAtMs);
    CHECK_EQ(RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kRootKey, L"ActiveTechnician"),
             std::string("Anna Bianchi"));
    CHECK_EQ(RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kRootKey, L"ActiveUntil"),
             std::string("2026-11-26T10:15:00Z"));
    store.clear();
    CHECK(!store.load(back));
    CHECK_EQ(RegistryLayout::readString(HKEY_LOCAL_MACHINE, RegistryLayout::kRootKey, L"ActiveTechnician"),
             std::string());
}

TEST_CASE("registry_store_keeps_the_account_sid_until_cleared") {
    RegistrySessionStore store;
    store.clear();
    CHECK(!store.loadAccount().recorded());
    CHECK(store.saveAccount({"AdHocRemoteUser", "S-1-5-21-1-2-3-1001"}));  // before the session exists
    CHECK_EQ(store.loadAccount().name, std::string("AdHocRemoteUser"));
    CHECK_EQ(store.loadAccount().sid, std::string("S-1-5-21-1-2-3-1001"));
    CHECK(store.save({"s-9", "credential-9", "Anna Bianchi", 1795688100000LL}));
    CHECK_EQ(store.loadAccount().sid, std::string("S-1-5-21-1-2-3-1001"));
    store.clear();
    CHECK(!store.loadAccount().recorded());
    CHECK(store.loadAccount().name.empty());
}

TEST_CASE("registry_session_key_is_protected") {
    RegistrySessionStore store;
    CHECK(store.save({"s-1", "c", "t", 1}));
    HKEY key = nullptr;
    CHECK(RegOpenKeyExW(HKEY_LOCAL_MACHINE, RegistryLayout::kSessionKey, 0, READ_CONTROL | KEY_WOW64_64KEY, &key) ==
          ERROR_SUCCESS);
    BYTE buffer[1024];
    DWORD size = sizeof buffer;
    CHECK(RegGetKeySecurity(key, DACL_SECURITY_INFORMATION, buffer, &size) == ERROR_SUCCESS);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    GetSecurityDescriptorControl(buffer, &control, &revision);
    CHECK((control & SE_DACL_PROTECTED) != 0);
    BOOL present = FALSE, defaulted = FALSE;
    PACL dacl = nullptr;
    GetSecurityDescriptorDacl(buffer, &present, &dacl, &defaulted);
    CHECK((present && dacl));
    if (dacl) CHECK_EQ(static_cast<int>(dacl->AceCount), 2);  // SYSTEM and Administrators only
    RegCloseKey(key);
    store.clear();
}

TEST_CASE("registry_first_start_is_recorded_once") {
    RegistryLayout::removeServiceValues();
    std::int64_t first = RegistryLayout::firstStartMs(1000);
    CHECK_EQ(first, 1000);
    CHECK_EQ(RegistryLayout::firstStartMs(5000), 1000);
    RegistryLayout::removeServiceValues();
    CHECK_EQ(RegistryLayout::firstStartMs(7000), 7000);
    RegistryLayout::removeServiceValues();
}

TEST_CASE("registry_host_marker_detected") {
    CHECK(!RegistryLayout::permanentHostInstalled());
    HKEY key = nullptr;
    RegCreateKeyExW(HKEY_LOCAL_MACHINE, RegistryLayout::kHostMarkerKey, 0, nullptr, 0, KEY_ALL_ACCESS | KEY_WOW64_64KEY,
                    nullptr, &key, nullptr);
    DWORD one = 1;
    RegSetValueExW(key, L"Installed", 0, REG_DWORD, reinterpret_cast<const BYTE*>(&one), sizeof one);
    RegCloseKey(key);
    CHECK(RegistryLayout::permanentHostInstalled());
    RegDeleteKeyExW(HKEY_LOCAL_MACHINE, RegistryLayout::kHostMarkerKey, KEY_WOW64_64KEY, 0);
    CHECK(!RegistryLayout::permanentHostInstalled());
}

TEST_CASE("pipe_carries_one_request_and_one_reply") {
    std::string seen;
    PipeClientInfo client;
    PipeServer server([&seen, &client](const std::string& request, const PipeClientInfo& from) {
        seen = request;
        client = from;
        ControllerStatus status;
        status.state = AgentState::Active;
        status.technician = "Anna Bianchi";
        return LocalProtocol::encodeStatus(status);
    });
    CHECK(server.start());
    std::string reply;
    bool ok = false;
    for (int i = 0; i < 50 && !ok; ++i) {  // the server thread needs a moment to listen
        ok = PipeClient::call(LocalProtocol::activateRequest("123", "", Language::English), reply, 200);
        if (!ok) Sleep(100);
    }
    CHECK(ok);
    ControllerStatus status;
    CHECK(LocalProtocol::decodeStatus(reply, status));
    CHECK(status.state == AgentState::Active);
    CHECK_EQ(status.technician, std::string("Anna Bianchi"));
    CHECK(LocalProtocol::decodeRequest(seen).type == AppRequest::Type::Activate);
    // What the policy judges: this very process, its session, its image.
    DWORD session = 0;
    ProcessIdToSessionId(GetCurrentProcessId(), &session);
    wchar_t self[MAX_PATH];
    DWORD length = GetModuleFileNameW(nullptr, self, MAX_PATH);
    CHECK(client.known);
    CHECK_EQ(client.processId, static_cast<std::uint32_t>(GetCurrentProcessId()));
    CHECK_EQ(client.sessionId, static_cast<std::uint32_t>(session));
    CHECK(CompareStringOrdinal(TextConvert::toWide(client.imagePath).c_str(), -1, self, static_cast<int>(length), TRUE) ==
          CSTR_EQUAL);
    CHECK(PipeClient::call(LocalProtocol::statusRequest(), reply, 1000));
    server.stop();
    CHECK(!PipeClient::call(LocalProtocol::statusRequest(), reply, 200));
}

TEST_CASE("pipe_refuses_a_name_someone_else_created_first") {
    // A squatter (a standard user's process) creates the pipe before the service starts.
    UniqueHandle squatter(CreateNamedPipeW(PipeServer::kPipeName, PIPE_ACCESS_DUPLEX, PIPE_TYPE_MESSAGE,
                                           PIPE_UNLIMITED_INSTANCES, 512, 512, 0, nullptr));
    CHECK(squatter.valid());
    PipeServer server([](const std::string&, const PipeClientInfo&) { return std::string("{}"); });
    CHECK(!server.start());
    squatter.reset();
    CHECK(server.start());  // the name is free again
    server.stop();
}

TEST_CASE("pipe_dacl_admits_system_and_the_console_user_only") {
    std::wstring user = PipeServer::consoleUserSid();
    CHECK(!user.empty());  // Wine: WTSQueryUserToken answers the prefix's user
    CHECK(PipeServer::securityDescriptor(user) == L"D:P(D;;GA;;;NU)(A;;GA;;;SY)(A;;GRGW;;;" + user + L")");
    CHECK(PipeServer::securityDescriptor(L"") == L"D:P(D;;GA;;;NU)(A;;GA;;;SY)");
    PipeServer server([](const std::string&, const PipeClientInfo&) { return std::string("{}"); });
    CHECK(server.start());
    UniqueHandle client;
    for (int i = 0; i < 50 && !client; ++i) {
        client.reset(CreateFileW(PipeServer::kPipeName, READ_CONTROL, 0, nullptr, OPEN_EXISTING, 0, nullptr));
        if (!client) Sleep(50);
    }
    CHECK(client.valid());
    PSECURITY_DESCRIPTOR sd = nullptr;
    PACL dacl = nullptr;
    CHECK(GetSecurityInfo(client.get(), SE_KERNEL_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr,
                          &sd) == ERROR_SUCCESS);
    UniqueLocal sdOwner(sd);
    wchar_t* text = nullptr;
    if (sd && ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, &text,
                                                                   nullptr)) {
        UniqueLocal textOwner(text);
        std::wstring got = text;
        CHECK(got.find(L";;;SY)") != std::wstring::npos);
        CHECK(got.find(user) != std::wstring::npos);
        CHECK(got.find(L";;;BA)") == std::wstring::npos);  // not every administrator
        CHECK(got.find(L";;;IU)") == std::wstring::npos);  // not every interactive user
        CHECK(got.find(L";;;WD)") == std::wstring::npos);
    }
    client.reset();
    server.stop();
}

namespace {

const std::wstring kTestDir = L"C:\\ProgramData\\AdHocSecureDirectoryTest";

bool exists(const std::wstring& path) { return GetFileAttributesW(path.c_str()) != INVALID_FILE_ATTRIBUTES; }

// No ACE for anyone but SYSTEM, Administrators and this process's account.
bool aclIsClosed(const std::wstring& path) {
    DirectoryFacts facts;
    return SecureDirectory::readFacts(path, facts) && DirectoryTrust::problem(facts, SecureDirectory::selfSid()).empty();
}

}  // namespace

TEST_CASE("secure_directory_created_with_a_closed_acl") {
    SecureDirectory::removeTree(kTestDir);
    std::vector<std::string> events;
    CHECK(SecureDirectory::ensure(kTestDir, events));
    CHECK(events.empty());
    CHECK(aclIsClosed(kTestDir));
    // Read back with GetNamedSecurityInfo: SYSTEM is there, Everyone and Users are not.
    PSECURITY_DESCRIPTOR sd = nullptr;
    CHECK(GetNamedSecurityInfoW(kTestDir.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, nullptr,
                                nullptr, &sd) == ERROR_SUCCESS);
    UniqueLocal sdOwner(sd);
    wchar_t* text = nullptr;
    CHECK((sd && ConvertSecurityDescriptorToStringSecurityDescriptorW(sd, SDDL_REVISION_1, DACL_SECURITY_INFORMATION,
                                                                     &text, nullptr)));
    UniqueLocal textOwner(text);
    std::wstring dacl = text ? text : L"";
    CHECK(dacl.find(L";;;SY)") != std::wstring::npos);
    CHECK(dacl.find(L";;;WD)") == std::wstring::npos);
    CHECK(dacl.find(L";;;BU)") == std::wstring::npos);
    CHECK(SecureDirectory::ensure(kTestDir, events));  // used as it is the second time
    CHECK(events.empty());
    SecureDirectory::removeTree(kTestDir);
}

TEST_CASE("secure_directory_replaces_a_folder_open_to_everyone") {
    SecureDirectory::removeTree(kTestDir);
    CreateDirectoryW(kTestDir.c_str(), nullptr);  // as a standard user would: inherits Everyone read
    UniqueHandle planted(CreateFileW((kTestDir + L"\\planted.txt").c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0,
                                     nullptr));
    planted.reset();
    CHECK(!aclIsClosed(kTestDir));
    std::vector<std::string> events;
    CHECK(SecureDirectory::ensure(kTestDir, events));
    CHECK(!exists(kTestDir + L"\\planted.txt"));
    CHECK(aclIsClosed(kTestDir));
    CHECK((!events.empty() && events[0].find("not safe to use") != std::string::npos));
    SecureDirectory::removeTree(kTestDir);
}

TEST_CASE("secure_directory_replaces_a_file_in_the_folders_place") {
    SecureDirectory::removeTree(kTestDir);
    UniqueHandle file(CreateFileW(kTestDir.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, 0, nullptr));
    file.reset();
    std::vector<std::string> events;
    CHECK(SecureDirectory::ensure(kTestDir, events));
    CHECK((GetFileAttributesW(kTestDir.c_str()) & FILE_ATTRIBUTE_DIRECTORY) != 0);
    SecureDirectory::removeTree(kTestDir);
    CHECK(!exists(kTestDir));
}

TEST_CASE("logger_rotates_at_one_mebibyte") {
    Logger::open("test", false);
    std::string line(1000, 'x');
    for (int i = 0; i < 1200; ++i) Logger::info(line);
    Logger::close();
    std::wstring dir = Logger::logDirectory();
    CHECK(GetFileAttributesW((dir + L"\\agent.log").c_str()) != INVALID_FILE_ATTRIBUTES);
    CHECK(GetFileAttributesW((dir + L"\\agent.1.log").c_str()) != INVALID_FILE_ATTRIBUTES);
    WIN32_FILE_ATTRIBUTE_DATA data{};
    GetFileAttributesExW((dir + L"\\agent.log").c_str(), GetFileExInfoStandard, &data);
    CHECK(data.nFileSizeLow < 1024 * 1024);
}

TEST_CASE("account_errors_map_to_password_policy") {
    CHECK(LocalAccountManager::classifyAddStatus(NERR_Success) == AccountResult::Created);
    CHECK(LocalAccountManager::classifyAddStatus(NERR_PasswordTooShort) == AccountResult::PasswordPolicy);
    CHECK(LocalAccountManager::classifyAddStatus(ERROR_PASSWORD_RESTRICTION) == AccountResult::PasswordPolicy);
    CHECK(LocalAccountManager::classifyAddStatus(NERR_PasswordHistConflict) == AccountResult::PasswordPolicy);
    CHECK(LocalAccountManager::classifyAddStatus(ERROR_ACCESS_DENIED) == AccountResult::Failed);
    CHECK(LocalAccountManager::classifyAddStatus(NERR_UserExists) == AccountResult::Exists);
}
