// LocalProtocol: the messages between the app (AdHocSupport.exe, in the end user's
// desktop) and the service, over the named pipe \\.\pipe\AdHocSupportAgent. One JSON
// request per connection, one JSON reply:
//   app -> service  {"type":"status"} | {"type":"activate","code":"...","link":"...",
//                   "language":"it"}
//                   | {"type":"endSession"}
//   service -> app  {"type":"status","state":"ACTIVE",...} (see encodeStatus)
#pragma once

#include <string>

#include "SessionController.h"

namespace adhoc {

constexpr std::size_t kMaxPipeMessageBytes = 16 * 1024;

struct AppRequest {
    enum class Type { Invalid, Status, Activate, EndSession };
    Type type = Type::Invalid;
    std::string code;  // secret: wiped by the service after use
    std::string link;
    Language language = Language::English;  // the app's, for the wording of a refusal

    void wipe();
};

class LocalProtocol {
public:
    static std::string statusRequest();
    static std::string activateRequest(const std::string& code, const std::string& link,
                                       Language language);
    static std::string endSessionRequest();
    static AppRequest decodeRequest(const std::string& text);

    static std::string encodeStatus(const ControllerStatus& status);
    static bool decodeStatus(const std::string& text, ControllerStatus& status);

    static const char* localMessageName(LocalMessage message);
    static LocalMessage localMessageFromName(const std::string& name);
    static AgentState stateFromName(const std::string& name);
};

}  // namespace adhoc
