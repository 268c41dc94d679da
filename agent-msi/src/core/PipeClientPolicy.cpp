// PipeClientPolicy: see PipeClientPolicy.h.
#include "PipeClientPolicy.h"

#include <utility>

namespace adhoc {

namespace {

// Windows paths compare case-insensitively (ASCII folding is enough for these names).
bool sameText(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
        if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 'a' + 'A');
        if (x != y) return false;
    }
    return true;
}

}  // namespace

PipeClientPolicy::PipeClientPolicy(std::string installDirectory) : installDirectory_(std::move(installDirectory)) {
    while (!installDirectory_.empty() && installDirectory_.back() == '\\') installDirectory_.pop_back();
}

std::string PipeClientPolicy::refusal(const PipeClientInfo& client, std::uint32_t consoleSessionId) const {
    if (!client.known) return "the client process could not be identified";
    std::string pid = "process " + std::to_string(client.processId);
    if (client.sessionId != consoleSessionId)
        return pid + " runs in session " + std::to_string(client.sessionId) + ", not in the console session " +
               std::to_string(consoleSessionId);
    std::size_t slash = client.imagePath.rfind('\\');
    std::string folder = slash == std::string::npos ? std::string() : client.imagePath.substr(0, slash);
    std::string name = slash == std::string::npos ? client.imagePath : client.imagePath.substr(slash + 1);
    if (installDirectory_.empty() || !sameText(folder, installDirectory_) ||
        !(sameText(name, kAppName) || sameText(name, kTestToolName)))
        return pid + " is '" + client.imagePath + "', not the installed " + kAppName;
    return {};
}

}  // namespace adhoc
