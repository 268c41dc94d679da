// PipeClientPolicyTest: who may type a code or end the session over the pipe
// (core/PipeClientPolicy): only the installed app (or the test helper next to it) in the
// active console session.
#include "../src/core/PipeClientPolicy.h"
#include <doctest/doctest.h>

using adhoc::PipeClientInfo;
using adhoc::PipeClientPolicy;

namespace {

const std::string kDir = "C:\\Program Files\\AdHocSupport";

PipeClientInfo client(std::uint32_t session, const std::string& image) {
    PipeClientInfo info;
    info.known = true;
    info.processId = 4242;
    info.sessionId = session;
    info.imagePath = image;
    return info;
}

}  // namespace

TEST_CASE("pipe_policy_admits_the_installed_app_in_the_console_session") {
    PipeClientPolicy policy(kDir);
    CHECK_EQ(policy.refusal(client(1, kDir + "\\AdHocSupport.exe"), 1), std::string());
    CHECK_EQ(policy.refusal(client(2, "c:\\program files\\adhocsupport\\ADHOCSUPPORT.EXE"), 2), std::string());
    CHECK_EQ(PipeClientPolicy(kDir + "\\").refusal(client(1, kDir + "\\AdHocSupport.exe"), 1), std::string());
    CHECK_EQ(policy.refusal(client(1, kDir + "\\AdHocPipeTool.exe"), 1), std::string());
}

TEST_CASE("pipe_policy_refuses_a_client_in_another_session") {
    PipeClientPolicy policy(kDir);
    std::string why = policy.refusal(client(2, kDir + "\\AdHocSupport.exe"), 1);
    CHECK(why.find("session 2") != std::string::npos);
    CHECK(!policy.refusal(client(0, kDir + "\\AdHocSupport.exe"), 1).empty());  // services' session
    CHECK(!policy.refusal(client(1, kDir + "\\AdHocSupport.exe"), 0xFFFFFFFFu).empty());  // no console user
}

TEST_CASE("pipe_policy_refuses_other_programs_and_lookalikes") {
    PipeClientPolicy policy(kDir);
    const char* images[] = {"C:\\Users\\eve\\Downloads\\AdHocSupport.exe",
                            "C:\\Program Files\\AdHocSupportEvil\\AdHocSupport.exe",
                            "C:\\Program Files\\AdHocSupport\\sub\\AdHocSupport.exe",
                            "C:\\Program Files\\AdHocSupport\\AdHocSupport.exe.evil.exe",
                            "C:\\Program Files\\AdHocSupport\\AdHocRemote.exe",
                            "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                            "C:\\Users\\eve\\AdHocPipeTool.exe",
                            "AdHocSupport.exe",
                            ""};
    for (const char* image : images)
        if (policy.refusal(client(1, image), 1).empty())
            FAIL_CHECK("admitted " << image);
    PipeClientInfo unknown;
    CHECK(!policy.refusal(unknown, 0).empty());
    CHECK(!PipeClientPolicy("").refusal(client(1, "\\AdHocSupport.exe"), 1).empty());
}
