// InstallConfiguration: see InstallConfiguration.h.
#include "InstallConfiguration.h"

#include <string>

#include "../core/InstallSettings.h"
#include "../core/ServerUrl.h"
#include "../win32/Logger.h"
#include "../win32/RegistryLayout.h"
#include "../win32/TextConvert.h"

namespace adhoc::service {

using win32::Logger;
using win32::TextConvert;

int InstallConfiguration::run(int argc, wchar_t** argv) {
    Logger::open("configure", true);
    if (argc != 5) {
        Logger::error("--configure needs SERVERURL, SERVERCA and the installer path (got " +
                      std::to_string(argc - 2) + " values): the MSI's StoreConfiguration action is broken");
        return 2;
    }
    InstallSettings settings = InstallSettings::fromInstaller(TextConvert::toUtf8(argv[2]), TextConvert::toUtf8(argv[3]),
                                                              TextConvert::toUtf8(argv[4]));
    ServerUrl url;
    std::string error;
    if (!ServerUrl::parse(settings.serverUrl, url, &error))
        Logger::warn("SERVERURL '" + settings.serverUrl + "' is not usable: " + error +
                     " (the agent will not connect; reinstall with SERVERURL=https://your-server)");
    if (!win32::RegistryLayout::writeInstallSettings(settings)) {
        Logger::error("the installation settings could not be stored in HKLM\\SOFTWARE\\AdHocSupport");
        return 1;
    }
    Logger::info("installation settings stored: " + settings.describe());
    return 0;
}

}  // namespace adhoc::service
