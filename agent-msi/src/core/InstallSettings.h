// InstallSettings: the configuration the MSI hands the agent once, at first install
// (SERVERURL, SERVERCA, the .msi's path), as the agent stores it in HKLM: trimmed of the
// spaces the MSI pads its property defaults with (512 and 8192 characters, so the
// server can patch them in place), and described for the log without the installer path
// (its file name carries the deployment token).
#pragma once

#include <string>

namespace adhoc {

struct InstallSettings {
    std::string serverUrl;
    std::string serverCa;       // base64 DER or PEM of a private CA; empty for none
    std::string installSource;  // [OriginalDatabase]

    // From the installer's (padded) property values.
    static InstallSettings fromInstaller(const std::string& serverUrl, const std::string& serverCa,
                                         const std::string& installSource);
    // Spaces, tabs and line breaks removed from both ends.
    static std::string trim(const std::string& text);
    // "server 'https://x', private CA of 1234 characters" (or "no private CA").
    std::string describe() const;
};

}  // namespace adhoc
