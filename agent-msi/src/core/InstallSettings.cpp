// InstallSettings: see InstallSettings.h.
#include "InstallSettings.h"

namespace adhoc {

std::string InstallSettings::trim(const std::string& text) {
    const char* blanks = " \t\r\n";
    std::size_t first = text.find_first_not_of(blanks);
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

InstallSettings InstallSettings::fromInstaller(const std::string& serverUrl, const std::string& serverCa,
                                               const std::string& installSource) {
    return {trim(serverUrl), trim(serverCa), trim(installSource)};
}

std::string InstallSettings::describe() const {
    return "server '" + serverUrl + "', " +
           (serverCa.empty() ? std::string("no private CA")
                             : "private CA of " + std::to_string(serverCa.size()) + " characters");
}

}  // namespace adhoc
