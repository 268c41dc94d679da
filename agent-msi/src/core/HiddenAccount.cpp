// HiddenAccount: see HiddenAccount.h.
#include "HiddenAccount.h"

namespace adhoc {

namespace {

// A name from the server, shortened for the log.
std::string quoted(const std::string& name) {
    return "'" + (name.size() > 64 ? name.substr(0, 64) + "..." : name) + "'";
}

}  // namespace

AccountResult HiddenAccount::create(const std::string& requestedName, const std::string& password,
                                    std::string& sid, std::vector<std::string>& log) {
    sid.clear();
    const std::string name = kHiddenAccountName;
    if (!requestedName.empty() && requestedName != name) {
        log.push_back("refused to create account " + quoted(requestedName) + " asked by the server: the agent only creates " +
                      quoted(name));
        return AccountResult::Failed;
    }
    AccountResult added = accounts_.addUser(name, password);
    if (added == AccountResult::Exists) {
        log.push_back("account " + quoted(name) + " already exists and was not created by this agent: not adopting it "
                      "(an administrator must delete or rename it before a session can start)");
        return added;
    }
    if (added != AccountResult::Created) return added;
    std::string created = accounts_.sidOf(name);
    if (created.empty()) {
        // We just created it (addUser succeeded), so deleting it by name is ours to do.
        accounts_.deleteUser(name);
        log.push_back("account " + quoted(name) + " was created but its SID cannot be read: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.addToAdministrators(created)) {
        remove(created, log);
        log.push_back("account " + quoted(name) + " could not join Administrators: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.denyRemoteLogons(created, true)) {
        remove(created, log);
        log.push_back("account " + quoted(name) + " could not be denied network and Remote Desktop logons: deleted again");
        return AccountResult::Failed;
    }
    if (!accounts_.hideFromLogonScreen(name, true))
        log.push_back("account " + quoted(name) + " could not be hidden from the logon screen (it works nonetheless)");
    sid = created;
    log.push_back("account " + quoted(name) + " created (" + sid + "), in Administrators, denied network and Remote "
                  "Desktop logons");
    return AccountResult::Created;
}

bool HiddenAccount::remove(const std::string& sid, std::vector<std::string>& log) {
    if (sid.empty()) {
        log.push_back("no hidden account recorded: no account removed");
        return true;
    }
    std::string name = accounts_.nameOf(sid);
    if (name.empty()) {
        log.push_back("the recorded hidden account " + sid + " no longer exists: no account removed");
        return true;
    }
    accounts_.denyRemoteLogons(sid, false);
    accounts_.hideFromLogonScreen(name, false);
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
