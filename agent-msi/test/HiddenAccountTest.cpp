// HiddenAccountTest: the hidden account's rules (core/HiddenAccount) against a fake
// AccountManager: only our name, never adopt an existing account, deny network and Remote
// Desktop logons, roll back a half-made account, remove by the recorded SID only.
#include "../src/core/HiddenAccount.h"
#include "FakeAccounts.h"
#include <doctest/doctest.h>

using namespace adhoc;
using adhoc::test::FakeAccounts;

namespace {

const std::string kName = kHiddenAccountName;

// Creates our account in `accounts`; its SID.
std::string createOurs(FakeAccounts& accounts, std::vector<std::string>& log) {
    std::string sid;
    HiddenAccount(accounts).create("", "pw", sid, log);
    return sid;
}

}  // namespace

TEST_CASE("hidden_account_name_is_the_products_own") {
    CHECK_EQ(kName, std::string("AdHocRemoteUser"));
}

TEST_CASE("hidden_account_created_as_admin_denied_remote_logons_and_hidden") {
    for (const char* requested : {"", "AdHocRemoteUser"}) {
        FakeAccounts accounts;
        std::vector<std::string> log;
        std::string sid;
        CHECK(HiddenAccount(accounts).create(requested, "Secr3t!pw", sid, log) == AccountResult::Created);
        CHECK(!sid.empty());
        CHECK_EQ(sid, accounts.sidOf(kName));
        CHECK(accounts.administrators.count(sid) == 1);
        CHECK(accounts.denied.count(sid) == 1);
        CHECK(accounts.hidden.count(kName) == 1);
        for (const std::string& line : log) CHECK(line.find("Secr3t") == std::string::npos);
    }
}

TEST_CASE("hidden_account_refuses_any_other_name_from_the_server") {
    for (const char* requested : {"Administrator", "adhocremoteuser", "AdHocRemoteUser2", "Guest"}) {
        FakeAccounts accounts;
        accounts.addExisting("Administrator");
        std::vector<std::string> log;
        std::string sid;
        CHECK(HiddenAccount(accounts).create(requested, "pw", sid, log) == AccountResult::Failed);
        CHECK(sid.empty());
        CHECK(accounts.added.empty());    // nothing was even tried
        CHECK(accounts.deleted.empty());
        CHECK((!log.empty() && log.back().find("refused") != std::string::npos));
    }
}

TEST_CASE("hidden_account_never_adopts_an_existing_account") {
    FakeAccounts accounts;
    std::string theirs = accounts.addExisting(kName);  // made by someone else before us
    std::vector<std::string> log;
    std::string sid;
    CHECK(HiddenAccount(accounts).create("", "pw", sid, log) == AccountResult::Exists);
    CHECK(sid.empty());
    CHECK(accounts.exists(kName));
    CHECK_EQ(accounts.sidOf(kName), theirs);
    CHECK(accounts.deleted.empty());
    CHECK(accounts.administrators.empty());
    CHECK(accounts.denied.empty());
    CHECK(accounts.hidden.empty());
}

TEST_CASE("hidden_account_half_made_is_deleted_again") {
    FakeAccounts denyFails;
    denyFails.failDeny = true;
    std::vector<std::string> log;
    std::string sid;
    CHECK(HiddenAccount(denyFails).create("", "pw", sid, log) == AccountResult::Failed);
    CHECK(sid.empty());
    CHECK(!denyFails.exists(kName));
    FakeAccounts adminFails;
    adminFails.failAdministrators = true;
    CHECK(HiddenAccount(adminFails).create("", "pw", sid, log) == AccountResult::Failed);
    CHECK(!adminFails.exists(kName));
    FakeAccounts policy;
    policy.nextAdd = AccountResult::PasswordPolicy;
    CHECK(HiddenAccount(policy).create("", "pw", sid, log) == AccountResult::PasswordPolicy);
    CHECK(policy.deleted.empty());
}

TEST_CASE("hidden_account_removal_takes_back_rights_entry_and_user") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    std::string sid = createOurs(accounts, log);
    CHECK(HiddenAccount(accounts).remove(sid, log));
    CHECK(!accounts.exists(kName));
    CHECK(accounts.denied.empty());
    CHECK(accounts.hidden.empty());
    CHECK_EQ(accounts.deleted.size(), 1u);
}

TEST_CASE("hidden_account_removal_goes_by_sid_only") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    std::string sid = createOurs(accounts, log);
    // Ours was renamed meanwhile; someone else made an account with our old name.
    accounts.sidByName.erase(kName);
    accounts.sidByName["Renamed"] = sid;
    std::string theirs = accounts.addExisting(kName);
    CHECK(HiddenAccount(accounts).remove(sid, log));
    CHECK(!accounts.exists("Renamed"));
    CHECK_EQ(accounts.sidOf(kName), theirs);
    CHECK_EQ(accounts.deleted.size(), 1u);
    CHECK_EQ(accounts.deleted[0], std::string("Renamed"));
}

TEST_CASE("hidden_account_sid_that_no_longer_resolves_removes_nothing") {
    FakeAccounts accounts;
    accounts.addExisting(kName);  // not ours
    std::vector<std::string> log;
    HiddenAccount account(accounts);
    CHECK(account.remove("S-1-5-21-9-9-9-1234", log));
    CHECK(account.remove("", log));
    CHECK(accounts.deleted.empty());
    CHECK(accounts.exists(kName));
    CHECK(log.back().find("no account removed") != std::string::npos);
}
