// Strings: see Strings.h.
#include "Strings.h"

#include "StringTables.h"

namespace adhoc {

namespace {

const char* const* table(Language language) {
    switch (language) {
        case Language::English: return strings::kEnglish;
        case Language::Italian: return strings::kItalian;
        case Language::French: return strings::kFrench;
        case Language::German: return strings::kGerman;
        case Language::Spanish: return strings::kSpanish;
        case Language::Portuguese: return strings::kPortuguese;
        case Language::Dutch: return strings::kDutch;
    }
    return strings::kEnglish;
}

}  // namespace

Language Strings::fromLangId(unsigned short langId) {
    switch (langId & 0x3FF) {  // PRIMARYLANGID
        case 0x10: return Language::Italian;
        case 0x0C: return Language::French;
        case 0x07: return Language::German;
        case 0x0A: return Language::Spanish;
        case 0x16: return Language::Portuguese;
        case 0x13: return Language::Dutch;
        default: return Language::English;
    }
}

const char* Strings::code(Language language) {
    switch (language) {
        case Language::English: return "en";
        case Language::Italian: return "it";
        case Language::French: return "fr";
        case Language::German: return "de";
        case Language::Spanish: return "es";
        case Language::Portuguese: return "pt";
        case Language::Dutch: return "nl";
    }
    return "en";
}

Language Strings::fromCode(const std::string& isoCode) {
    const Language all[] = {Language::Italian, Language::French, Language::German,
                            Language::Spanish, Language::Portuguese, Language::Dutch};
    for (Language language : all)
        if (isoCode == code(language)) return language;
    return Language::English;
}

const char* Strings::get(Language language, StringId id) {
    int index = static_cast<int>(id);
    if (index < 0 || index >= strings::kStringCount) return "";
    const char* text = table(language)[index];
    return text ? text : "";
}

std::string Strings::format(const std::string& pattern, const std::string& arg1,
                            const std::string& arg2) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && (pattern[i + 1] == '1' || pattern[i + 1] == '2')) {
            out += pattern[i + 1] == '1' ? arg1 : arg2;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace adhoc
