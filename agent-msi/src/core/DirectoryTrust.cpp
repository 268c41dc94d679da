// DirectoryTrust: see DirectoryTrust.h.
#include "DirectoryTrust.h"

namespace adhoc {

namespace {

bool trusted(const std::string& sid, const std::string& selfSid) {
    return sid == DirectoryTrust::kSystemSid || sid == DirectoryTrust::kAdministratorsSid ||
           (!selfSid.empty() && sid == selfSid);
}

}  // namespace

std::string DirectoryTrust::problem(const DirectoryFacts& facts, const std::string& selfSid) {
    if (facts.reparsePoint) return "it is a reparse point (a junction or symbolic link)";
    if (!facts.isDirectory) return "it is a file, not a folder";
    if (!trusted(facts.ownerSid, selfSid))
        return "it is owned by " + (facts.ownerSid.empty() ? std::string("nobody known") : facts.ownerSid) +
               ", not by SYSTEM or Administrators";
    if (!facts.daclPresent) return "it has no DACL (everyone has full control)";
    for (const DirectoryFacts::Ace& ace : facts.aces)
        if (ace.allow && !trusted(ace.sid, selfSid)) return "its DACL grants access to " + ace.sid;
    return {};
}

}  // namespace adhoc
