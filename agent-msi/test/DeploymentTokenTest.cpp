// DeploymentTokenTest: the session token from the MSI file name or from a pasted link.
#include "../src/core/DeploymentToken.h"
#include <doctest/doctest.h>

using adhoc::DeploymentToken;

namespace {
const std::string kToken = "abcDEF0123456789_-abcdefghijklmnopqrstuvwxy";  // 43 chars
}

TEST_CASE("token_from_installer_path") {
    CHECK_EQ(kToken.size(), 43u);
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\Users\\u\\Downloads\\AdHocSupport_" + kToken + ".msi"), kToken);
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\Users\\u\\Downloads\\AdHocSupport_" + kToken + " (1).msi"), kToken);
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\x\\adhocsupport_" + kToken + "(2).MSI"), kToken);
    CHECK_EQ(DeploymentToken::fromInstallerPath("/tmp/AdHocSupport_" + kToken + ".msi"), kToken);
}

TEST_CASE("token_missing_or_malformed_in_installer_path") {
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\x\\AdHocSupport.msi"), std::string());
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\x\\AdHocSupport_" + kToken.substr(1) + ".msi"), std::string());
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\x\\AdHocSupport_" + kToken + "X.msi"), std::string());
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\AdHocSupport_" + kToken + "\\setup.msi"), std::string());
    CHECK_EQ(DeploymentToken::fromInstallerPath("C:\\x\\Other_" + kToken + ".msi"), std::string());
    CHECK_EQ(DeploymentToken::fromInstallerPath(""), std::string());
}

TEST_CASE("token_from_link") {
    CHECK_EQ(DeploymentToken::fromLink("https://support.example.com/d/" + kToken), kToken);
    CHECK_EQ(DeploymentToken::fromLink("  <https://support.example.com/app/d/" + kToken + "?utm=x>\r\n"), kToken);
    CHECK_EQ(DeploymentToken::fromLink(kToken), kToken);
    CHECK_EQ(DeploymentToken::fromLink("https://support.example.com/d/" + kToken + "x"), std::string());
    CHECK_EQ(DeploymentToken::fromLink("https://support.example.com/x/" + kToken), std::string());
    CHECK_EQ(DeploymentToken::fromLink(""), std::string());
    CHECK(!DeploymentToken::isValid(kToken + "="));
}
