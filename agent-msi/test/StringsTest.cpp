// StringsTest: the seven languages of the agent's texts and how Windows picks one.
#include <string>

#include "../src/core/Strings.h"
#include <doctest/doctest.h>

using namespace adhoc;

namespace {

const Language kAll[] = {Language::English, Language::Italian, Language::French, Language::German,
                         Language::Spanish, Language::Portuguese, Language::Dutch};

}  // namespace

TEST_CASE("strings_follow_the_windows_display_language") {
    CHECK(Strings::fromLangId(0x0409) == Language::English);
    CHECK(Strings::fromLangId(0x0410) == Language::Italian);     // it-IT
    CHECK(Strings::fromLangId(0x0810) == Language::Italian);     // it-CH
    CHECK(Strings::fromLangId(0x040C) == Language::French);      // fr-FR
    CHECK(Strings::fromLangId(0x0C0C) == Language::French);      // fr-CA
    CHECK(Strings::fromLangId(0x0407) == Language::German);      // de-DE
    CHECK(Strings::fromLangId(0x0807) == Language::German);      // de-CH
    CHECK(Strings::fromLangId(0x0C0A) == Language::Spanish);     // es-ES
    CHECK(Strings::fromLangId(0x0416) == Language::Portuguese);  // pt-BR
    CHECK(Strings::fromLangId(0x0816) == Language::Portuguese);  // pt-PT
    CHECK(Strings::fromLangId(0x0413) == Language::Dutch);       // nl-NL
    CHECK(Strings::fromLangId(0x0813) == Language::Dutch);       // nl-BE
}

TEST_CASE("strings_fall_back_to_english_for_other_languages") {
    CHECK(Strings::fromLangId(0x0411) == Language::English);  // ja-JP
    CHECK(Strings::fromLangId(0x0011) == Language::English);  // Japanese, neutral
    CHECK(Strings::fromLangId(0x0419) == Language::English);  // ru-RU
    CHECK(Strings::fromLangId(0) == Language::English);
}

TEST_CASE("strings_exist_in_every_language") {
    for (Language language : kAll) {
        for (int i = 0; i < static_cast<int>(StringId::Count_); ++i) {
            const char* text = Strings::get(language, static_cast<StringId>(i));
            CHECK((text != nullptr && text[0] != '\0'));
        }
    }
    CHECK_EQ(std::string(Strings::get(Language::Dutch, StringId::WindowTitle)), std::string("AdHoc Support"));
    CHECK_EQ(std::string(Strings::get(Language::English, StringId::HostSoftwareInstalled)),
             std::string("Host software is installed on this computer"));
    CHECK_EQ(std::string(Strings::get(Language::German, StringId::HostSoftwareInstalled)),
             std::string("Auf diesem Computer ist Host-Software installiert"));
}

TEST_CASE("strings_keep_their_placeholders_in_every_language") {
    const StringId withTechnician[] = {StringId::StateActiveUntil, StringId::PreviousSessionOpen,
                                       StringId::ChatTitle};
    for (Language language : kAll) {
        for (StringId id : withTechnician)
            CHECK(std::string(Strings::get(language, id)).find("%1") != std::string::npos);
        CHECK(std::string(Strings::get(language, StringId::StateActiveUntil)).find("%2") != std::string::npos);
        CHECK(std::string(Strings::get(language, StringId::RefusedTooManyAttempts)).find("%1") != std::string::npos);
    }
}

TEST_CASE("strings_name_the_language_on_the_pipe") {
    for (Language language : kAll) CHECK(Strings::fromCode(Strings::code(language)) == language);
    CHECK(Strings::fromCode("ja") == Language::English);
    CHECK(Strings::fromCode("") == Language::English);
}

TEST_CASE("strings_format_fills_placeholders") {
    CHECK_EQ(Strings::format("with %1 until %2", "Anna", "18:00"), std::string("with Anna until 18:00"));
}
