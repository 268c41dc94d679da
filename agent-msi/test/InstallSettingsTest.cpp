// InstallSettingsTest: what the first install stores in HKLM (core/InstallSettings): the
// MSI's padded property values trimmed, and a log line without the installer path.
#include "../src/core/InstallSettings.h"
#include <doctest/doctest.h>

using adhoc::InstallSettings;

TEST_CASE("install_settings_trim_the_msi_padding") {
    InstallSettings s = InstallSettings::fromInstaller("https://support.example.com" + std::string(485, ' '),
                                                       " TUlJQ0FCQ0Q=\r\n" + std::string(8000, ' '),
                                                       "C:\\Users\\anna\\Downloads\\AdHocSupport_tok.msi ");
    CHECK_EQ(s.serverUrl, std::string("https://support.example.com"));
    CHECK_EQ(s.serverCa, std::string("TUlJQ0FCQ0Q="));
    CHECK_EQ(s.installSource, std::string("C:\\Users\\anna\\Downloads\\AdHocSupport_tok.msi"));
    CHECK_EQ(InstallSettings::fromInstaller(std::string(8192, ' '), "", "").serverCa, std::string());
    CHECK_EQ(InstallSettings::trim(std::string(512, ' ')), std::string());
    CHECK_EQ(InstallSettings::trim("a b"), std::string("a b"));
}

TEST_CASE("install_settings_describe_without_the_installer_path") {
    InstallSettings s = InstallSettings::fromInstaller("http://127.0.0.1:9   ", "TUlJQ0FCQ0Q=  ", "C:\\x\\AdHocSupport_tok.msi");
    CHECK_EQ(s.describe(), std::string("server 'http://127.0.0.1:9', private CA of 12 characters"));
    CHECK(s.describe().find("tok") == std::string::npos);
    CHECK_EQ(InstallSettings::fromInstaller("https://x", "   ", "").describe(),
             std::string("server 'https://x', no private CA"));
}
