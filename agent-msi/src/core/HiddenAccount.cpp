// HiddenAccount: see HiddenAccount.h.
#include "HiddenAccount.h"

namespace adhoc {

namespace {

// An account's name as Windows reports it (renamed by anyone), shortened for the log.
std::string quoted(const std::string& name) {
    return "'" + (name.size() > 64 ? name.substr(0, 64) + "..." : name) + "'";
}

}  // namespace

AccountResult HiddenAccount::create(const std::string& password, CreatedAccount& created,
                                    std::vector<std::string>& log) {
    created = CreatedAccount();
    const std::string name = kHiddenAccountName;
    AccountResult added = accounts_.addUser(name, password);
    if (added == AccountResult::Exists) {
        log.push_back("account " + quoted(name) + " already exists and was not created by this agent: not adopting it "
                      "(an administrator must delete or rename it before a session can start)");
        return added;
    }
    if (added != AccountResult::Created) return added;
    const CreatedAccount ours{name, accounts_.sidOf(name)};
    if (!ours.recorded()) {
        // We just created it (addUser succeeded), so deleting it by name is ours to do.
        accounts_.deleteUser(name);
        log.push_back("account " + quoted(name) + " was created but its SID cannot be read: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.addToAdministrators(ours.sid)) {
        remove(ours, log);
        log.push_back("account " + quoted(name) + " could not join Administrators: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.denyRemoteLogons(ours.sid, true)) {
        remove(ours, log);
        log.push_back("account " + quoted(name) + " could not be denied network and Remote Desktop logons: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.hideFromLogonScreen(name, true))
        log.push_back("account " + quoted(name) + " could not be hidden from the logon screen (it works nonetheless)");
    created = ours;
    log.push_back("account " + quoted(name) + " created (" + ours.sid + "), in Administrators, denied network and "
                  "Remote Desktop logons");
    return AccountResult::Created;
}

bool HiddenAccount::remove(const CreatedAccount& account, std::vector<std::string>& log) {
    if (!account.recorded()) {
        log.push_back("no hidden account recorded: no account removed");
        return true;
    }
    const std::string& sid = account.sid;
    // Renamed meanwhile or not: the SID says which user is ours.
    std::string name = accounts_.nameOf(sid);
    if (name.empty()) {
        log.push_back("the recorded hidden account " + quoted(account.name) + " (" + sid +
                      ") no longer exists: no account removed");
        return true;
    }
    accounts_.denyRemoteLogons(sid, false);
    accounts_.hideFromLogonScreen(account.name, false);  // the entry made at creation, under that name
    accounts_.deleteProfile(sid);
    if (!accounts_.deleteUser(name)) {
        log.push_back("hidden account " + quoted(name) + " (" + sid +
                      ") could not be deleted: delete it in Computer Management");
        return false;
    }
    log.push_back("hidden account " + quoted(name) + " (" + sid + ") deleted");
    return true;
}

}  // namespace adhoc
