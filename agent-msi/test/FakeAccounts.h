// FakeAccounts: an in-memory AccountManager for the core tests: local users by name and
// SID, Administrators membership, deny-logon rights and logon-screen entries, with
// switches to make a step fail. Records every removal by name.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "../src/core/AccountManager.h"

namespace adhoc::test {

struct FakeAccounts : AccountManager {
    std::map<std::string, std::string> sidByName;  // the PC's local users
    std::set<std::string> administrators, denied, hidden, profiles;  // SIDs (hidden: names)
    std::vector<std::string> deleted;  // names, in order
    std::vector<std::string> added;    // names NetUserAdd was asked for
    std::string lastPassword;
    AccountResult nextAdd = AccountResult::Created;
    bool failAdministrators = false, failDeny = false;
    int nextRid = 1001;

    std::string addExisting(const std::string& name) {
        std::string sid = "S-1-5-21-7-7-7-" + std::to_string(nextRid++);
        sidByName[name] = sid;
        return sid;
    }
    bool exists(const std::string& name) const { return sidByName.count(name) != 0; }

    AccountResult addUser(const std::string& name, const std::string& password) override {
        added.push_back(name);
        lastPassword = password;
        if (exists(name)) return AccountResult::Exists;
        if (nextAdd == AccountResult::Created) addExisting(name);
        return nextAdd;
    }
    std::string sidOf(const std::string& name) override { return exists(name) ? sidByName[name] : std::string(); }
    std::string nameOf(const std::string& sid) override {
        for (const auto& entry : sidByName)
            if (entry.second == sid) return entry.first;
        return {};
    }
    bool addToAdministrators(const std::string& sid) override {
        if (failAdministrators) return false;
        administrators.insert(sid);
        return true;
    }
    bool denyRemoteLogons(const std::string& sid, bool deny) override {
        if (deny && failDeny) return false;
        if (deny) denied.insert(sid); else denied.erase(sid);
        return true;
    }
    bool hideFromLogonScreen(const std::string& name, bool hide) override {
        if (hide) hidden.insert(name); else hidden.erase(name);
        return true;
    }
    void deleteProfile(const std::string& sid) override { profiles.erase(sid); }
    bool deleteUser(const std::string& name) override {
        deleted.push_back(name);
        std::string sid = sidOf(name);
        administrators.erase(sid);
        sidByName.erase(name);
        return true;
    }
};

}  // namespace adhoc::test
