// StringTables: the per-language tables behind Strings, one file each, every table holding
// one UTF-8 text per StringId in the enum's order. Only Strings.cpp reads them.
#pragma once

#include "Strings.h"

namespace adhoc {
namespace strings {

constexpr int kStringCount = static_cast<int>(StringId::Count_);

extern const char* const kEnglish[kStringCount];
extern const char* const kItalian[kStringCount];
extern const char* const kFrench[kStringCount];
extern const char* const kGerman[kStringCount];
extern const char* const kSpanish[kStringCount];
extern const char* const kPortuguese[kStringCount];
extern const char* const kDutch[kStringCount];

}  // namespace strings
}  // namespace adhoc
