// DirectoryTrustTest: which existing folders the service writes into (core/DirectoryTrust):
// only real folders owned by SYSTEM or Administrators whose DACL admits no one else.
#include "../src/core/DirectoryTrust.h"
#include <doctest/doctest.h>

using adhoc::DirectoryFacts;
using adhoc::DirectoryTrust;

namespace {

const std::string kSystem = "S-1-5-18";
const std::string kAdmins = "S-1-5-32-544";
const std::string kUser = "S-1-5-21-11-22-33-1001";

DirectoryFacts secured(const std::string& owner = kSystem) {
    DirectoryFacts facts;
    facts.ownerSid = owner;
    facts.aces = {{true, kSystem}, {true, kAdmins}};
    return facts;
}

}  // namespace

TEST_CASE("directory_trust_accepts_what_the_agent_creates") {
    CHECK_EQ(DirectoryTrust::problem(secured(), kSystem), std::string());
    CHECK_EQ(DirectoryTrust::problem(secured(kAdmins), kSystem), std::string());
    DirectoryFacts withDeny = secured();
    withDeny.aces.push_back({false, "S-1-1-0"});  // denying Everyone is fine
    CHECK_EQ(DirectoryTrust::problem(withDeny, kSystem), std::string());
}

TEST_CASE("directory_trust_refuses_links") {
    DirectoryFacts link = secured();
    link.reparsePoint = true;
    CHECK(DirectoryTrust::problem(link, kSystem).find("reparse point") != std::string::npos);
    DirectoryFacts file = secured();
    file.isDirectory = false;
    CHECK(!DirectoryTrust::problem(file, kSystem).empty());
}

TEST_CASE("directory_trust_refuses_a_folder_a_user_owns") {
    std::string why = DirectoryTrust::problem(secured(kUser), kSystem);
    CHECK(why.find("owned by " + kUser) != std::string::npos);
    CHECK(!DirectoryTrust::problem(secured(""), kSystem).empty());
    // The process's own account counts as trusted (SYSTEM for the service; the prefix's
    // user under Wine, where every file belongs to it).
    CHECK_EQ(DirectoryTrust::problem(secured(kUser), kUser), std::string());
}

TEST_CASE("directory_trust_refuses_a_dacl_granting_others") {
    for (const char* other : {"S-1-1-0", "S-1-5-32-545", "S-1-5-11", "S-1-3-0", "S-1-5-4", "S-1-5-21-11-22-33-1001"}) {
        DirectoryFacts facts = secured();
        facts.aces.push_back({true, other});
        if (DirectoryTrust::problem(facts, kSystem).find(other) == std::string::npos)
            FAIL_CHECK("accepted an ACE for " << other);
    }
    DirectoryFacts nullDacl = secured();
    nullDacl.daclPresent = false;
    CHECK(!DirectoryTrust::problem(nullDacl, kSystem).empty());
}
