// DeploymentToken: finds the session's deployment token, exactly 43 characters of
// base64url ([A-Za-z0-9_-]), in the path of the MSI being installed
// ("...\AdHocSupport_<token>.msi", also with a browser's " (1)" suffix) or in the
// deployment link pasted by the end user ("<server>/d/<token>").
#pragma once

#include <string>

namespace adhoc {

class DeploymentToken {
public:
    static constexpr std::size_t kLength = 43;

    // Token from the MSI file name; empty if the name carries none.
    static std::string fromInstallerPath(const std::string& path);

    // Token from a pasted link (or a bare token); empty if none is found.
    static std::string fromLink(const std::string& link);

    static bool isTokenChar(char c);
    static bool isValid(const std::string& token);

private:
    // Token of exactly kLength characters starting at `pos`, not followed by another
    // token character; empty otherwise.
    static std::string exactAt(const std::string& text, std::size_t pos);
};

}  // namespace adhoc
