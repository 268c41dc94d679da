// AgentService: see AgentService.h.
#include "AgentService.h"

#include <wtsapi32.h>

#include "../core/DeploymentToken.h"
#include "../core/Json.h"
#include "../core/LocalProtocol.h"
#include "../core/PipeClientPolicy.h"
#include "../core/ServerUrl.h"
#include "version.h"  // generated: ADHOC_VERSION
#include "../win32/ConsoleAppLauncher.h"
#include "../win32/Logger.h"
#include "../win32/ProcessCloser.h"
#include "../win32/RegistryLayout.h"
#include "../win32/SelfRemover.h"
#include "../win32/ServiceHost.h"
#include "../win32/SystemInfo.h"
#include "../win32/TextConvert.h"

namespace adhoc::service {

using win32::Logger;

namespace {

constexpr DWORD kLoopMs = 500;
constexpr std::int64_t kSilenceLimitMs = 60000;
constexpr int kSettingsWaitSeconds = 60;

}  // namespace

AgentService::AgentService() = default;

AgentService::~AgentService() = default;

std::wstring AgentService::installDirectory() {
    wchar_t path[MAX_PATH];
    DWORD n = GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring exe(path, n);
    size_t slash = exe.find_last_of(L'\\');
    return slash == std::wstring::npos ? L"." : exe.substr(0, slash);
}

std::wstring AgentService::appPath() { return installDirectory() + L"\\AdHocSupport.exe"; }

std::wstring AgentService::workerPath() { return installDirectory() + L"\\AdHocRemote.exe"; }

bool AgentService::initialise() {
    win32::RegistryLayout::InstallConfig install = win32::RegistryLayout::readInstallConfig();
    productCode_ = install.productCode;
    serverUrl_ = install.serverUrl;
    Logger::info("AdHoc Support agent " ADHOC_VERSION " starting; server " + install.serverUrl + ", product " +
                 productCode_);
    ServerUrl url;
    std::string error;
    if (!ServerUrl::parse(install.serverUrl, url, &error)) {
        Logger::error("invalid ServerUrl '" + install.serverUrl + "' in HKLM\\SOFTWARE\\AdHocSupport: " + error +
                      " (reinstall with SERVERURL=https://your-server)");
        return false;
    }
    Logger::info("agent endpoint " + url.agentEndpoint());

    ControllerConfig config;
    config.installToken = DeploymentToken::fromInstallerPath(install.installSource);
    config.computer = win32::SystemInfo::computer();
    std::int64_t now = win32::SystemInfo::nowMs();
    config.installedAtMs = win32::RegistryLayout::firstStartMs(now);
    Logger::info(config.installToken.empty() ? "installer name carries no deployment token"
                                             : "deployment token found in the installer name");
    controller_ = std::make_unique<SessionController>(accounts_, store_, config);
    connection_ = std::make_unique<ServerConnection>(url, events_);
    {
        win32::Lock lock(controllerLock_);
        apply(controller_->start(now));
        if (win32::RegistryLayout::permanentHostInstalled() && controller_->state() != AgentState::Ending) {
            Logger::warn("permanent host software marker found (HKLM\\SOFTWARE\\AdHocSupportHost): "
                         "Host software is installed on this computer");
            controller_->block();
        }
    }
    return true;
}

// The first install stores the settings in its install script, before the service is
// installed; an installer that runs deferred actions last (Wine's) starts the service
// first, so give the settings a minute to appear. True when they have, false on stop.
bool AgentService::waitForSettings(HANDLE stopEvent) {
    for (int i = 0; i < kSettingsWaitSeconds; ++i) {
        if (!win32::RegistryLayout::readInstallConfig().serverUrl.empty()) return true;
        if (i == 0) Logger::info("waiting for the installation settings (HKLM\\SOFTWARE\\AdHocSupport\\ServerUrl)");
        if (WaitForSingleObject(stopEvent, 1000) == WAIT_OBJECT_0) return false;
    }
    return true;  // initialise() says what is missing
}

DWORD AgentService::run(HANDLE stopEvent) {
    win32::ServiceHost::configureRecovery();
    if (!waitForSettings(stopEvent)) return NO_ERROR;
    if (!initialise()) {
        WaitForSingleObject(stopEvent, INFINITE);
        return ERROR_BAD_CONFIGURATION;
    }
    pipe_ = std::make_unique<win32::PipeServer>(
        [this](const std::string& r, const PipeClientInfo& c) { return handleAppRequest(r, c); });
    if (!pipe_->start()) {
        Logger::error("the app's pipe could not be created: the service stops (see the error above)");
        return ERROR_PIPE_BUSY;
    }
    connection_->start();
    if (!removalStarted_) win32::ConsoleAppLauncher::launchInConsoleSession(appPath());

    while (WaitForSingleObject(stopEvent, 0) != WAIT_OBJECT_0) {
        std::vector<AgentEvent> batch = events_.wait(kLoopMs);
        win32::Lock lock(controllerLock_);
        std::int64_t now = win32::SystemInfo::nowMs();
        for (AgentEvent& event : batch) {
            switch (event.type) {
                case AgentEvent::Type::Connected: apply(controller_->onConnected(now)); break;
                case AgentEvent::Type::Frame: apply(controller_->onFrame(event.text, now)); break;
                case AgentEvent::Type::Disconnected:
                    apply(controller_->onDisconnected(now, event.serverNotTrusted));
                    break;
                case AgentEvent::Type::Wake: break;
            }
        }
        apply(controller_->tick(now));
        connection_->setWanted(controller_->wantsConnection());
        connection_->checkSilence(kSilenceLimitMs);
        uninstallWhenDue(now, false);
    }
    Logger::info("service stopping");
    {
        win32::Lock lock(controllerLock_);
        uninstallWhenDue(win32::SystemInfo::nowMs(), true);  // a stop never cancels a removal
    }
    pipe_->stop();
    connection_->stop();
    closeLocalProcesses();
    Logger::info("service stopped");
    return NO_ERROR;
}

void AgentService::onLogon(DWORD sessionId) {
    win32::Lock lock(controllerLock_);
    if (removalStarted_ || !controller_) return;
    Logger::info("user logon in session " + std::to_string(sessionId) + ": starting the app");
    win32::ConsoleAppLauncher::launchInConsoleSession(appPath());
}

// Called with controllerLock_ held.
void AgentService::apply(ControllerOutput&& out) {
    for (const std::string& line : out.log) Logger::info(line);
    for (const std::string& frame : out.frames) {
        if (!connection_ || !connection_->send(frame)) Logger::warn("could not send a frame: not connected");
    }
    for (ChannelRequest& request : out.channels) startWorker(request);
    if (out.closeConnection && connection_) connection_->drop();
    if (out.removeProduct && !removalStarted_) removeProduct();
}

// The controller has already removed the hidden account and the stored session: the
// workers go now, the app may show the end for a few seconds (EndingPause).
void AgentService::removeProduct() {
    removalStarted_ = true;
    if (connection_) connection_->setWanted(false);
    win32::ProcessCloser::closeAll(workerPath(), 1000);
    endingPause_.begin(win32::SystemInfo::nowMs());
    Logger::info("the session has ended: the app shows it before the removal");
}

// Called with controllerLock_ held.
void AgentService::uninstallWhenDue(std::int64_t nowMs, bool stopping) {
    if (uninstallStarted_ || !endingPause_.begun()) return;
    bool appRunning = win32::ProcessCloser::isRunningInSession(appPath(), WTSGetActiveConsoleSessionId());
    if (!stopping && !endingPause_.uninstallDue(nowMs, appRunning)) return;
    uninstallStarted_ = true;
    closeLocalProcesses();
    if (win32::SelfRemover::startUninstall(productCode_)) {
        Logger::info("self-removal started: waiting for msiexec to stop this service");
    } else {
        Logger::error("self-removal could not start: uninstall AdHoc Support from Apps & Features");
    }
}

// The worker gets the channel's single-use token on its standard input (docs/protocol.md).
void AgentService::startWorker(ChannelRequest& request) {
    Json input = Json::object();
    input.set("server", Json::string(serverUrl_));
    input.set("channel", Json::string(request.channel));
    input.set("token", Json::string(request.token));
    input.set("feature", Json::string(request.feature));
    input.set("node", Json::string(request.node));
    std::string text = input.dump() + "\n";
    win32::ConsoleAppLauncher::launchWorker(workerPath(), text);
    input.wipe();
    for (char& c : text) c = '\0';
    for (char& c : request.token) c = '\0';
}

// The app and any connection workers; none of them holds state of its own.
void AgentService::closeLocalProcesses() {
    win32::ProcessCloser::closeAll(workerPath(), 1000);
    win32::ProcessCloser::closeAll(appPath(), 1000);
}

// Only the installed app in the console session may type a code or end the session.
bool AgentService::clientMayAct(const char* what, const PipeClientInfo& client) const {
    std::string why = PipeClientPolicy(win32::TextConvert::toUtf8(installDirectory()))
                          .refusal(client, WTSGetActiveConsoleSessionId());
    if (why.empty()) return true;
    Logger::warn(std::string("refused ") + what + " over the pipe: " + why);
    return false;
}

std::string AgentService::handleAppRequest(const std::string& text, const PipeClientInfo& client) {
    AppRequest request = LocalProtocol::decodeRequest(text);
    win32::Lock lock(controllerLock_);
    if (!controller_) return "{\"type\":\"error\"}";
    std::int64_t now = win32::SystemInfo::nowMs();
    if ((request.type == AppRequest::Type::Activate && !clientMayAct("a security code", client)) ||
        (request.type == AppRequest::Type::EndSession && !clientMayAct("'End session and remove'", client))) {
        request.wipe();
        return LocalProtocol::encodeStatus(controller_->status());
    }
    switch (request.type) {
        case AppRequest::Type::Activate:
            apply(controller_->submitCode(request.code, request.link, request.language, now));
            request.wipe();
            connection_->setWanted(controller_->wantsConnection());
            events_.post({AgentEvent::Type::Wake, {}});
            break;
        case AppRequest::Type::EndSession:
            Logger::info("the end user chose 'End session and remove'");
            apply(controller_->endByUser(now));
            events_.post({AgentEvent::Type::Wake, {}});
            break;
        case AppRequest::Type::Status: break;
        case AppRequest::Type::Invalid:
            Logger::warn("ignored an invalid request on the pipe");
            break;
    }
    return LocalProtocol::encodeStatus(controller_->status());
}

}  // namespace adhoc::service
