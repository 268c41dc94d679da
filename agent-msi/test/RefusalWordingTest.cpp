// RefusalWordingTest: every refusal reason the agent knows, worded in the user's language;
// the server's English message only for a reason the agent does not know.
#include <string>

#include "../src/core/RefusalWording.h"
#include <doctest/doctest.h>

using namespace adhoc;

namespace {

std::string word(Language language, const std::string& reason, std::int64_t retryAfter = 0) {
    return RefusalWording::word(language, reason, retryAfter, "English text from the server");
}

}  // namespace

TEST_CASE("refusal_expired_is_worded_in_the_users_language") {
    CHECK_EQ(word(Language::English, "EXPIRED"),
             std::string("Support session did not start. This support session instance has expired. "
                         "Inform your support technician of this message."));
    CHECK_EQ(word(Language::Italian, "EXPIRED"),
             std::string("La sessione di assistenza non \xC3\xA8 stata avviata. Questa istanza della sessione "
                         "di assistenza \xC3\xA8 scaduta. Comunica questo messaggio al tecnico dell'assistenza."));
    CHECK_EQ(word(Language::German, "EXPIRED"),
             std::string("Die Support-Sitzung wurde nicht gestartet. Diese Instanz der Support-Sitzung ist "
                         "abgelaufen. Teilen Sie Ihrem Support-Techniker diese Meldung mit."));
}

TEST_CASE("refusal_invalid_code_is_worded_in_the_users_language") {
    CHECK_EQ(word(Language::English, "INVALID_CODE"), std::string("Invalid security code"));
    CHECK_EQ(word(Language::Italian, "INVALID_CODE"), std::string("Codice di sicurezza non valido"));
    CHECK_EQ(word(Language::German, "INVALID_CODE"), std::string("Ung\xC3\xBCltiger Sicherheitscode"));
}

TEST_CASE("refusal_password_policy_is_worded_in_the_users_language") {
    CHECK_EQ(word(Language::English, "PASSWORD_POLICY"),
             std::string("Group policy may have prevented the session from starting"));
    CHECK_EQ(word(Language::Italian, "PASSWORD_POLICY"),
             std::string("I criteri di gruppo potrebbero aver impedito l'avvio della sessione"));
    CHECK_EQ(word(Language::German, "PASSWORD_POLICY"),
             std::string("M\xC3\xB6glicherweise hat eine Gruppenrichtlinie den Start der Sitzung verhindert"));
}

TEST_CASE("refusal_too_many_attempts_says_the_wait_in_whole_minutes") {
    CHECK_EQ(word(Language::English, "TOO_MANY_ATTEMPTS", 900),
             std::string("Too many attempts from this network. Try again in 15 minutes."));
    CHECK_EQ(word(Language::Italian, "TOO_MANY_ATTEMPTS", 900),
             std::string("Troppi tentativi da questa rete. Riprova tra 15 minuti."));
    CHECK_EQ(word(Language::German, "TOO_MANY_ATTEMPTS", 61),
             std::string("Zu viele Versuche aus diesem Netzwerk. Versuchen Sie es in 2 Minuten erneut."));
    CHECK_EQ(RefusalWording::minutesToWait(61), std::int64_t(2));
    CHECK_EQ(RefusalWording::minutesToWait(60), std::int64_t(1));
    CHECK_EQ(RefusalWording::minutesToWait(1), std::int64_t(1));
    CHECK_EQ(RefusalWording::minutesToWait(0), std::int64_t(1));  // missing retryAfter: never "0 minutes"
}

TEST_CASE("refusal_unknown_reason_shows_the_servers_message") {
    CHECK_EQ(word(Language::German, "SOMETHING_NEW"), std::string("English text from the server"));
    CHECK_EQ(RefusalWording::word(Language::English, "SOMETHING_NEW", 0, ""),
             std::string("The support session could not be started (SOMETHING_NEW)."));
}
