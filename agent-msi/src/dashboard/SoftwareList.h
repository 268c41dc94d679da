// SoftwareList: the Dashboard's installed programs, as Apps & Features shows them: the
// Uninstall keys of HKLM (64- and 32-bit views) and of every loaded user hive, without
// system components and entries that have no DisplayName.
#pragma once

#include "../core/Json.h"

namespace adhoc::dashboard {

class SoftwareList {
public:
    // [{"name":"...","version":"...","publisher":"..."}, ...] sorted by name, no duplicates.
    static Json list();
};

}  // namespace adhoc::dashboard
