// SessionControllerTest: activation, reconnection, expiry and ending, with a fake
// account manager and an in-memory session store; the hidden account's rules (only our
// name, never adopted, removed by its recorded SID only).
#include <algorithm>

#include "../src/core/Json.h"
#include "../src/core/RefusalWording.h"
#include "../src/core/SessionController.h"
#include "FakeAccounts.h"
#include <doctest/doctest.h>

using namespace adhoc;

namespace {

const std::string kToken = "abcDEF0123456789_-abcdefghijklmnopqrstuvwxy";
const std::int64_t kNow = 1795600000000LL;  // 2026-11-25T09:46:40Z
const std::string kProvision =
    R"({"type":"provision","sessionId":"s-42","technician":"Anna Bianchi","account":{"password":"Secr3t!pw"}})";
const std::string kActivated =
    R"({"type":"activated","sessionId":"s-42","credential":"agent-secret","technician":"Anna Bianchi","expiresAt":"2026-11-26T10:15:00Z"})";
const std::int64_t kExpiresMs = 1795688100000LL;

using adhoc::test::FakeAccounts;

struct FakeStore : SessionStore {
    StoredSession stored;
    CreatedAccount account;
    bool failAccount = false;
    bool load(StoredSession& out) override { out = stored; return stored.valid(); }
    bool save(const StoredSession& s) override { stored = s; return true; }
    bool saveAccount(const CreatedAccount& a) override {
        if (failAccount) return false;
        account = a;
        return true;
    }
    CreatedAccount loadAccount() override { return account; }
    void clear() override {
        stored = StoredSession();
        account = CreatedAccount();
    }
};

struct Fixture {
    FakeAccounts accounts;
    FakeStore store;
    ControllerConfig config;
    Fixture() {
        config.installToken = kToken;
        config.computer = {"PC-01", "Windows 10 Pro"};
        config.installedAtMs = kNow;
    }
};

// A controller that sent `activate` with a typed code and now waits for `provision`.
struct Activating {
    SessionController c;
    explicit Activating(Fixture& f) : c(f.accounts, f.store, f.config) {
        c.start(kNow);
        c.submitCode("123456789", "", Language::English, kNow);
        c.onConnected(kNow);
    }
};

std::string type(const std::string& frame) {
    Json j;
    Json::parse(frame, j);
    return j.getString("type");
}

bool anyContains(const std::vector<std::string>& lines, const std::string& needle) {
    for (const auto& l : lines)
        if (l.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("controller_full_activation_creates_account_and_stores_session") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(!c.wantsConnection());
    c.submitCode(" 123-456 789 ", "", Language::English, kNow);
    CHECK(c.state() == AgentState::Activating);
    CHECK(c.wantsConnection());
    ControllerOutput out = c.onConnected(kNow);
    CHECK_EQ(out.frames.size(), 1u);
    Json activate;
    CHECK(Json::parse(out.frames[0], activate));
    CHECK_EQ(activate.getString("type"), std::string("activate"));
    CHECK_EQ(activate.getString("code"), std::string("123456789"));
    CHECK_EQ(activate.getString("token"), kToken);
    CHECK_EQ(activate.get("computer").getString("name"), std::string("PC-01"));

    out = c.onFrame(kProvision, kNow);
    CHECK_EQ(out.frames.size(), 1u);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"provisioned","ok":true})"));
    CHECK_EQ(f.accounts.sidByName.size(), 1u);
    CHECK_EQ(f.accounts.lastPassword, std::string("Secr3t!pw"));

    out = c.onFrame(kActivated, kNow);
    CHECK(c.state() == AgentState::Active);
    CHECK_EQ(f.store.stored.credential, std::string("agent-secret"));
    CHECK_EQ(f.store.stored.expiresAtMs, kExpiresMs);
    ControllerStatus s = c.status();
    CHECK_EQ(s.technician, std::string("Anna Bianchi"));
    CHECK(s.connected);
    for (const auto& line : out.log) {
        CHECK(line.find("agent-secret") == std::string::npos);
        CHECK(line.find("Secr3t") == std::string::npos);
        CHECK(line.find("123456789") == std::string::npos);
    }
}

TEST_CASE("controller_invalid_code_is_worded_and_allows_retry") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("111111111", "", Language::English, kNow);
    c.onConnected(kNow);
    ControllerOutput out = c.onFrame(R"({"type":"refused","reason":"INVALID_CODE","message":"Invalid security code"})", kNow);
    CHECK(out.closeConnection);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK_EQ(c.status().refusalText, std::string("Invalid security code"));
    CHECK(!c.wantsConnection());
    c.submitCode("222222222", "", Language::English, kNow);
    CHECK(c.state() == AgentState::Activating);
    CHECK_EQ(c.status().refusalText, std::string());
}

TEST_CASE("controller_password_policy_reports_and_removes_nothing_left") {
    Fixture f;
    f.accounts.nextAdd = AccountResult::PasswordPolicy;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", Language::English, kNow);
    c.onConnected(kNow);
    ControllerOutput out = c.onFrame(kProvision, kNow);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"provisioned","ok":false,"reason":"PASSWORD_POLICY"})"));
    out = c.onFrame(R"({"type":"refused","reason":"PASSWORD_POLICY","message":"Group policy may have prevented the session from starting"})", kNow);
    CHECK_EQ(c.status().refusalText, std::string("Group policy may have prevented the session from starting"));
    CHECK(f.accounts.sidByName.empty());
    CHECK(!f.store.stored.valid());
}

TEST_CASE("controller_expired_token_is_worded_by_the_agent") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", Language::English, kNow);
    c.onConnected(kNow);
    c.onFrame(R"({"type":"refused","reason":"EXPIRED","message":"Support session did not start. This support session instance has expired. Inform your support technician of this message."})", kNow);
    CHECK_EQ(c.status().refusalText, std::string("Support session did not start. This support session instance has expired. Inform your support technician of this message."));
}

namespace {

// The text the app shows for a refusal of an activation typed in `language`.
std::string refusalShown(Language language, const std::string& refusedFrame) {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", language, kNow);
    c.onConnected(kNow);
    c.onFrame(refusedFrame, kNow);
    return c.status().refusalText;
}

}  // namespace

TEST_CASE("controller_words_refusals_in_the_language_of_the_app") {
    const std::string invalid = R"({"type":"refused","reason":"INVALID_CODE","message":"Invalid security code"})";
    CHECK_EQ(refusalShown(Language::Italian, invalid), std::string("Codice di sicurezza non valido"));
    CHECK_EQ(refusalShown(Language::German, invalid), std::string("Ung\xC3\xBCltiger Sicherheitscode"));
    const std::string policy =
        R"({"type":"refused","reason":"PASSWORD_POLICY","message":"Group policy may have prevented the session from starting"})";
    CHECK_EQ(refusalShown(Language::German, policy),
             std::string("M\xC3\xB6glicherweise hat eine Gruppenrichtlinie den Start der Sitzung verhindert"));
    const std::string throttled =
        R"({"type":"refused","reason":"TOO_MANY_ATTEMPTS","message":"Too many attempts from this network. Try again in 2 minutes.","retryAfter":61})";
    CHECK_EQ(refusalShown(Language::English, throttled),
             std::string("Too many attempts from this network. Try again in 2 minutes."));
    CHECK_EQ(refusalShown(Language::Italian, throttled),
             std::string("Troppi tentativi da questa rete. Riprova tra 2 minuti."));
}

TEST_CASE("controller_shows_the_servers_message_for_an_unknown_reason") {
    CHECK_EQ(refusalShown(Language::German, R"({"type":"refused","reason":"NEW_REASON","message":"Something new"})"),
             std::string("Something new"));
}

TEST_CASE("controller_new_code_during_an_active_session_names_the_previous_session") {
    Fixture f;
    Activating a(f);
    a.c.onFrame(kProvision, kNow);
    a.c.onFrame(kActivated, kNow);
    CHECK(a.c.state() == AgentState::Active);
    ControllerOutput out = a.c.submitCode("999999999", "", Language::Italian, kNow);
    CHECK(out.frames.empty());
    CHECK(a.c.state() == AgentState::Active);
    CHECK(a.c.status().localMessage == LocalMessage::PreviousSessionOpen);
    CHECK_EQ(a.c.status().technician, std::string("Anna Bianchi"));
    a.c.onFrame(R"({"type":"end","reason":"ENDED_BY_TECHNICIAN"})", kNow);
    CHECK(a.c.state() == AgentState::Ending);
    CHECK(a.c.status().localMessage == LocalMessage::None);  // only "the session has ended"
}

TEST_CASE("controller_needs_link_when_token_missing") {
    Fixture f;
    f.config.installToken.clear();
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    CHECK(c.status().needLink);
    c.submitCode("123456789", "https://x.example/d/not-a-token", Language::English, kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(c.status().localMessage == LocalMessage::NeedLink);
    c.submitCode("123456789", "https://x.example/d/" + kToken, Language::English, kNow);
    CHECK(c.state() == AgentState::Activating);
    ControllerOutput out = c.onConnected(kNow);
    Json activate;
    Json::parse(out.frames[0], activate);
    CHECK_EQ(activate.getString("token"), kToken);
}

TEST_CASE("controller_rejects_empty_code_locally") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("  - ", "", Language::English, kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(c.status().localMessage == LocalMessage::CodeMissing);
}

TEST_CASE("controller_refuses_an_invalid_code_locally_as_the_server_would") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    ControllerOutput out = c.submitCode("123-456-78", "", Language::Italian, kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(!c.wantsConnection());
    CHECK(out.frames.empty());
    CHECK(c.status().localMessage == LocalMessage::None);
    CHECK_EQ(c.status().refusalText, Strings::get(Language::Italian, StringId::RefusedInvalidCode));
    CHECK_EQ(c.status().refusalText, RefusalWording::word(Language::Italian, "INVALID_CODE", 0, "Invalid security code"));
    // A valid code afterwards clears the refusal and activates.
    c.submitCode("123456789", "", Language::Italian, kNow);
    CHECK(c.state() == AgentState::Activating);
    CHECK(c.status().refusalText.empty());
}

TEST_CASE("controller_connection_lost_during_activation_drops_account") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", Language::English, kNow);
    c.onConnected(kNow);
    c.onFrame(kProvision, kNow);
    CHECK_EQ(f.accounts.sidByName.size(), 1u);
    c.onDisconnected(kNow);
    CHECK(f.accounts.sidByName.empty());
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(c.status().localMessage == LocalMessage::ConnectionLost);
    // The code is never kept: a reconnect does not resend it.
    CHECK(!c.wantsConnection());
}

TEST_CASE("controller_says_when_the_server_cannot_be_verified_until_it_connects") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", Language::English, kNow);
    c.onDisconnected(kNow);
    CHECK(c.status().localMessage == LocalMessage::None);  // an unreachable server: just retrying
    c.onDisconnected(kNow, true);
    CHECK(c.status().localMessage == LocalMessage::ServerNotTrusted);
    CHECK(c.state() == AgentState::Activating);
    CHECK(c.wantsConnection());  // the code is kept for the next attempt
    ControllerOutput out = c.onConnected(kNow);
    CHECK(c.status().localMessage == LocalMessage::None);
    CHECK_EQ(out.frames.size(), 1u);  // activate, with the code typed before
}

TEST_CASE("controller_reconnects_with_hello_and_pings") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    ControllerOutput out = c.start(kNow);
    CHECK(!out.removeProduct);
    CHECK(c.state() == AgentState::Active);
    CHECK(c.wantsConnection());
    out = c.onConnected(kNow);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"hello","sessionId":"s-42","credential":"agent-secret"})"));
    c.onFrame(R"({"type":"welcome","technician":"Anna Bianchi","expiresAt":"2026-11-26T10:15:00Z"})", kNow);
    CHECK(c.status().connected);
    CHECK(c.tick(kNow + 19999).frames.empty());
    out = c.tick(kNow + 20000);
    CHECK_EQ(out.frames.size(), 1u);
    CHECK_EQ(type(out.frames[0]), std::string("ping"));
    CHECK(c.tick(kNow + 20001).frames.empty());
    c.onDisconnected(kNow + 30000);
    CHECK(c.state() == AgentState::Active);
    CHECK(!c.status().connected);
    CHECK(c.tick(kNow + 90000).frames.empty());
}

TEST_CASE("controller_no_ping_before_the_session_is_established") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.submitCode("123456789", "", Language::English, kNow);
    c.onConnected(kNow);
    CHECK(c.tick(kNow + 30000).frames.empty());
    c.onFrame(kProvision, kNow + 30000);
    c.onFrame(kActivated, kNow + 30000);
    CHECK(c.tick(kNow + 30001).frames.empty());
    ControllerOutput out = c.tick(kNow + 50000);
    CHECK_EQ(out.frames.size(), 1u);
    CHECK_EQ(type(out.frames[0]), std::string("ping"));
}

TEST_CASE("controller_end_from_server_removes_account_and_product") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    f.store.account = {kHiddenAccountName, f.accounts.addExisting(kHiddenAccountName)};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    ControllerOutput out = c.onFrame(R"({"type":"end","reason":"ENDED_BY_TECHNICIAN"})", kNow);
    CHECK(out.removeProduct);
    CHECK(out.closeConnection);
    CHECK(f.accounts.sidByName.empty());
    CHECK(!f.store.stored.valid());
    CHECK(c.state() == AgentState::Ending);
    CHECK(anyContains(out.log, "ENDED_BY_TECHNICIAN"));
}

TEST_CASE("controller_expiry_by_own_clock_while_running") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    CHECK(!c.tick(kExpiresMs - 1).removeProduct);
    ControllerOutput out = c.tick(kExpiresMs);
    CHECK(out.removeProduct);
    CHECK(!f.store.stored.valid());
}

TEST_CASE("controller_expiry_detected_at_start_after_power_off") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    f.store.account = {kHiddenAccountName, f.accounts.addExisting(kHiddenAccountName)};
    SessionController c(f.accounts, f.store, f.config);
    ControllerOutput out = c.start(kExpiresMs + 3600 * 1000);
    CHECK(out.removeProduct);
    CHECK(f.accounts.sidByName.empty());
    CHECK(!c.wantsConnection());
}

TEST_CASE("controller_never_activated_install_removes_itself_after_lifetime") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    CHECK(!c.tick(kNow + 24LL * 3600 * 1000 - 1).removeProduct);
    CHECK(c.tick(kNow + 24LL * 3600 * 1000).removeProduct);
}

TEST_CASE("controller_end_by_user_waits_for_server_then_removes") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    c.onFrame(R"({"type":"welcome","technician":"Anna Bianchi","expiresAt":"2026-11-26T10:15:00Z"})", kNow);
    ControllerOutput out = c.endByUser(kNow);
    CHECK_EQ(out.frames.size(), 1u);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"endByUser"})"));
    CHECK(!out.removeProduct);
    out = c.onFrame(R"({"type":"end","reason":"ENDED_BY_USER"})", kNow + 100);
    CHECK(out.removeProduct);
}

TEST_CASE("controller_end_by_user_offline_removes_after_timeout") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    ControllerOutput out = c.endByUser(kNow);
    CHECK(out.frames.empty());
    CHECK(!c.tick(kNow + 14999).removeProduct);
    CHECK(c.tick(kNow + 15000).removeProduct);
}

TEST_CASE("controller_end_by_user_without_session_removes_at_once") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    CHECK(c.endByUser(kNow).removeProduct);
}

TEST_CASE("controller_blocked_by_host_software") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.block();
    c.submitCode("123456789", "", Language::English, kNow);
    CHECK(c.state() == AgentState::Blocked);
    CHECK(c.status().localMessage == LocalMessage::HostSoftwareInstalled);
    CHECK(!c.wantsConnection());
}

TEST_CASE("controller_answers_unknown_types_and_ignores_out_of_order_messages") {
    Fixture f;
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    ControllerOutput out = c.onFrame(R"({"type":"fancy"})", kNow);
    CHECK_EQ(out.frames.size(), 1u);
    CHECK_EQ(type(out.frames[0]), std::string("error"));
    out = c.onFrame(kProvision, kNow);  // no activation in progress
    CHECK(f.accounts.sidByName.empty());
    out = c.onFrame(kActivated, kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(!f.store.stored.valid());
}

TEST_CASE("controller_viewers_message_marks_technician_connected") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    c.onFrame(R"({"type":"viewers","count":1})", kNow);
    CHECK_EQ(c.status().viewers, 1);
    c.onDisconnected(kNow);
    CHECK_EQ(c.status().viewers, 0);
}

TEST_CASE("controller_a_recorded_open_makes_the_app_say_so_while_a_technician_is_connected") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    c.onFrame(R"({"type":"welcome","technician":"Anna Bianchi","expiresAt":"2026-11-26T10:15:00Z"})", kNow);
    c.onFrame(R"({"type":"open","channel":"ch-1","token":"t","feature":"REMOTE_CONTROL"})", kNow);
    c.onFrame(R"({"type":"viewers","count":1})", kNow);
    CHECK_FALSE(c.status().recorded);  // the company does not tell: nothing to say
    ControllerOutput out = c.onFrame(R"({"type":"open","channel":"ch-2","token":"t","feature":"REMOTE_CONTROL","recorded":true})", kNow);
    CHECK_EQ(out.channels.size(), 1u);
    CHECK(c.status().recorded);
    c.onFrame(R"({"type":"viewers","count":1})", kNow);
    CHECK(c.status().recorded);
    c.onFrame(R"({"type":"viewers","count":0})", kNow);
    CHECK_FALSE(c.status().recorded);  // the technician left: the app stops saying it
    c.onFrame(R"({"type":"open","channel":"ch-3","token":"t","feature":"REMOTE_CONTROL","recorded":true})", kNow);
    c.onDisconnected(kNow);
    CHECK_FALSE(c.status().recorded);
}

TEST_CASE("controller_open_asks_for_a_worker_only_in_an_established_session") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    const char* open = R"({"type":"open","channel":"ch-1","token":"one-time","feature":"FILE_MANAGER","chat":true})";
    CHECK(c.onFrame(open, kNow).channels.empty());  // before welcome: not yet trusted
    c.onFrame(R"({"type":"welcome","technician":"Anna Bianchi","expiresAt":"2026-11-26T10:15:00Z"})", kNow);
    ControllerOutput out = c.onFrame(open, kNow);
    CHECK_EQ(out.channels.size(), 1u);
    CHECK_EQ(out.channels[0].channel, std::string("ch-1"));
    CHECK_EQ(out.channels[0].token, std::string("one-time"));
    CHECK_EQ(out.channels[0].feature, std::string("FILE_MANAGER"));
    CHECK(out.channels[0].node.empty());
    for (const std::string& line : out.log) CHECK(line.find("one-time") == std::string::npos);
    CHECK(c.onFrame(R"({"type":"open","channel":"ch-2","feature":"DASHBOARD"})", kNow).channels.empty());

    // In a cluster the worker gets the viewer's node; a name that is no node name counts as none.
    out = c.onFrame(R"({"type":"open","channel":"ch-3","token":"t","feature":"REMOTE_CONTROL","node":"node-a"})", kNow);
    REQUIRE_EQ(out.channels.size(), 1u);
    CHECK_EQ(out.channels[0].node, std::string("node-a"));
    out = c.onFrame(R"({"type":"open","channel":"ch-4","token":"t","feature":"REMOTE_CONTROL","node":"a;b"})", kNow);
    REQUIRE_EQ(out.channels.size(), 1u);
    CHECK(out.channels[0].node.empty());
}

TEST_CASE("controller_records_the_account_sid_at_creation") {
    Fixture f;
    Activating activating(f);
    SessionController& c = activating.c;
    c.onFrame(kProvision, kNow);
    CHECK(f.store.account.recorded());
    CHECK_EQ(f.store.account.name, std::string(kHiddenAccountName));
    CHECK_EQ(f.store.account.sid, f.accounts.sidOf(kHiddenAccountName));
    c.onFrame(kActivated, kNow);
    CHECK_EQ(f.store.account.sid, f.accounts.sidOf(kHiddenAccountName));
}

TEST_CASE("controller_ignores_an_account_name_from_the_server") {
    Fixture f;
    std::string admin = f.accounts.addExisting("Administrator");
    Activating activating(f);
    SessionController& c = activating.c;
    ControllerOutput out = c.onFrame(
        R"({"type":"provision","sessionId":"s-42","technician":"Anna","account":{"name":"Administrator","password":"pw"}})",
        kNow);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"provisioned","ok":true})"));
    CHECK_EQ(f.accounts.added.size(), 1u);  // only ours, never the server's
    CHECK_EQ(f.accounts.added[0], std::string(kHiddenAccountName));
    CHECK_EQ(f.store.account.name, std::string(kHiddenAccountName));
    c.onDisconnected(kNow);  // the activation is cut short: ours goes, theirs stays
    CHECK_EQ(f.accounts.deleted.size(), 1u);
    CHECK_EQ(f.accounts.deleted[0], std::string(kHiddenAccountName));
    CHECK_EQ(f.accounts.sidOf("Administrator"), admin);
}

TEST_CASE("controller_existing_account_is_neither_adopted_nor_deleted") {
    Fixture f;
    std::string theirs = f.accounts.addExisting(kHiddenAccountName);
    Activating activating(f);
    SessionController& c = activating.c;
    ControllerOutput out = c.onFrame(kProvision, kNow);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"provisioned","ok":false,"reason":"ACCOUNT_FAILED"})"));
    CHECK(c.status().localMessage == LocalMessage::AccountFailed);
    CHECK(!f.store.account.recorded());
    c.onFrame(kActivated, kNow);  // a server that goes on anyway is not followed
    CHECK(c.state() != AgentState::Active);
    c.onDisconnected(kNow);
    c.endByUser(kNow);
    CHECK(f.accounts.deleted.empty());
    CHECK_EQ(f.accounts.sidOf(kHiddenAccountName), theirs);
}

TEST_CASE("controller_account_whose_sid_cannot_be_recorded_is_removed") {
    Fixture f;
    f.store.failAccount = true;
    Activating activating(f);
    SessionController& c = activating.c;
    ControllerOutput out = c.onFrame(kProvision, kNow);
    CHECK_EQ(out.frames[0], std::string(R"({"type":"provisioned","ok":false,"reason":"ACCOUNT_FAILED"})"));
    CHECK(!f.accounts.exists(kHiddenAccountName));
}

TEST_CASE("controller_end_after_restart_removes_the_recorded_sid_only") {
    Fixture f;
    std::string ours = f.accounts.addExisting("Renamed By Someone");
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    f.store.account = {kHiddenAccountName, ours};
    std::string theirs = f.accounts.addExisting(kHiddenAccountName);
    SessionController c(f.accounts, f.store, f.config);
    c.start(kNow);
    c.onConnected(kNow);
    c.onFrame(R"({"type":"end","reason":"EXPIRED"})", kNow);
    CHECK(!f.accounts.exists("Renamed By Someone"));
    CHECK_EQ(f.accounts.sidOf(kHiddenAccountName), theirs);
    CHECK(!f.store.account.recorded());
}

TEST_CASE("controller_end_with_unresolvable_sid_removes_no_account") {
    Fixture f;
    f.store.stored = {"s-42", "agent-secret", "Anna Bianchi", kExpiresMs};
    f.store.account = {kHiddenAccountName, "S-1-5-21-9-9-9-1234"};  // deleted by hand meanwhile
    f.accounts.addExisting(kHiddenAccountName);     // someone else's now
    SessionController c(f.accounts, f.store, f.config);
    ControllerOutput out = c.start(kExpiresMs + 1);
    CHECK(out.removeProduct);
    CHECK(f.accounts.deleted.empty());
    CHECK(f.accounts.exists(kHiddenAccountName));
    CHECK(anyContains(out.log, "no longer exists"));
}

TEST_CASE("controller_start_removes_the_account_of_an_activation_that_never_completed") {
    Fixture f;
    f.store.account = {kHiddenAccountName, f.accounts.addExisting(kHiddenAccountName)};  // created, then the service stopped
    SessionController c(f.accounts, f.store, f.config);
    ControllerOutput out = c.start(kNow);
    CHECK(c.state() == AgentState::WaitingForCode);
    CHECK(!f.accounts.exists(kHiddenAccountName));
    CHECK(!f.store.account.recorded());
    CHECK(!out.removeProduct);
}
