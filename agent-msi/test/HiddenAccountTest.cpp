// HiddenAccountTest: the hidden account's rules (core/HiddenAccount) against a fake
// AccountManager: only our name, never adopt an existing account, deny network and Remote
// Desktop logons, roll back a half-made account, remove the recorded account (the user by
// its SID only, the logon-screen entry by the name it was given).
#include "../src/core/HiddenAccount.h"
#include "FakeAccounts.h"
#include <doctest/doctest.h>

using namespace adhoc;
using adhoc::test::FakeAccounts;

namespace {

const std::string kName = kHiddenAccountName;

// Creates our account in `accounts`; its record.
CreatedAccount createOurs(FakeAccounts& accounts, std::vector<std::string>& log) {
    CreatedAccount created;
    HiddenAccount(accounts).create("pw", created, log);
    return created;
}

}  // namespace

TEST_CASE("hidden_account_name_is_the_products_own") {
    CHECK_EQ(kName, std::string("AdHocRemoteUser"));
}

TEST_CASE("hidden_account_created_as_admin_denied_remote_logons_and_hidden") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    CreatedAccount created;
    CHECK(HiddenAccount(accounts).create("Secr3t!pw", created, log) == AccountResult::Created);
    CHECK_EQ(created.name, kName);
    CHECK(!created.sid.empty());
    CHECK_EQ(created.sid, accounts.sidOf(kName));
    CHECK(accounts.administrators.count(created.sid) == 1);
    CHECK(accounts.denied.count(created.sid) == 1);
    CHECK(accounts.hidden.count(kName) == 1);
    for (const std::string& line : log) CHECK(line.find("Secr3t") == std::string::npos);
}

TEST_CASE("hidden_account_creates_only_its_own_name") {
    FakeAccounts accounts;
    accounts.addExisting("Administrator");
    std::vector<std::string> log;
    CreatedAccount created;
    CHECK(HiddenAccount(accounts).create("pw", created, log) == AccountResult::Created);
    CHECK_EQ(accounts.added.size(), 1u);  // the only account ever asked for
    CHECK_EQ(accounts.added[0], kName);
    CHECK(accounts.exists("Administrator"));
    CHECK(accounts.deleted.empty());
}

TEST_CASE("hidden_account_never_adopts_an_existing_account") {
    FakeAccounts accounts;
    std::string theirs = accounts.addExisting(kName);  // made by someone else before us
    std::vector<std::string> log;
    CreatedAccount created;
    CHECK(HiddenAccount(accounts).create("pw", created, log) == AccountResult::Exists);
    CHECK(!created.recorded());
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
    CreatedAccount created;
    CHECK(HiddenAccount(denyFails).create("pw", created, log) == AccountResult::Failed);
    CHECK(!created.recorded());
    CHECK(!denyFails.exists(kName));
    FakeAccounts adminFails;
    adminFails.failAdministrators = true;
    CHECK(HiddenAccount(adminFails).create("pw", created, log) == AccountResult::Failed);
    CHECK(!adminFails.exists(kName));
    FakeAccounts policy;
    policy.nextAdd = AccountResult::PasswordPolicy;
    CHECK(HiddenAccount(policy).create("pw", created, log) == AccountResult::PasswordPolicy);
    CHECK(policy.deleted.empty());
}

TEST_CASE("hidden_account_removal_takes_back_rights_entry_and_user") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    CreatedAccount ours = createOurs(accounts, log);
    CHECK(HiddenAccount(accounts).remove(ours, log));
    CHECK(!accounts.exists(kName));
    CHECK(accounts.denied.empty());
    CHECK(accounts.hidden.empty());
    CHECK_EQ(accounts.deleted.size(), 1u);
}

TEST_CASE("hidden_account_removal_goes_by_sid_only") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    CreatedAccount ours = createOurs(accounts, log);
    // Ours was renamed meanwhile; someone else made an account with our old name.
    accounts.sidByName.erase(kName);
    accounts.sidByName["Renamed"] = ours.sid;
    std::string theirs = accounts.addExisting(kName);
    CHECK(HiddenAccount(accounts).remove(ours, log));
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
    CHECK(account.remove({kName, "S-1-5-21-9-9-9-1234"}, log));
    CHECK(account.remove(CreatedAccount(), log));
    CHECK(accounts.deleted.empty());
    CHECK(accounts.exists(kName));
    CHECK(log.back().find("no account removed") != std::string::npos);
}

TEST_CASE("hidden_account_removal_of_a_renamed_account_clears_the_entry_it_made") {
    FakeAccounts accounts;
    std::vector<std::string> log;
    CreatedAccount ours = createOurs(accounts, log);
    accounts.sidByName.erase(kName);  // renamed by hand during the session
    accounts.sidByName["Renamed"] = ours.sid;
    CHECK(HiddenAccount(accounts).remove(ours, log));
    CHECK(!accounts.exists("Renamed"));
    CHECK(accounts.hidden.empty());  // the logon-screen entry made under the recorded name
    CHECK(log.back().find("'Renamed'") != std::string::npos);
}
