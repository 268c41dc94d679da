// StreamConnection: see StreamConnection.h.
#include "StreamConnection.h"

#include "version.h"  // generated: ADHOC_VERSION
#include "../core/NodeRoute.h"
#include "../win32/Logger.h"

namespace adhoc::worker {

using win32::Logger;

bool StreamConnection::open(const ServerUrl& url, const std::string& channel, const std::string& token,
                            const std::string& node, Json& start) {
    std::string error;
    if (!socket_.connect(url, url.streamPath(), L"AdHocSupportAgent/" ADHOC_VERSION, error,
                         NodeRoute::cookieHeader(node))) {
        Logger::error("connection worker: " + error);
        return false;
    }
    Json attach = Json::object();
    attach.set("type", Json::string("attach"));
    attach.set("channel", Json::string(channel));
    attach.set("token", Json::string(token));
    std::string frame = attach.dump();
    bool sent = socket_.sendText(frame);
    attach.wipe();
    for (char& c : frame) c = '\0';
    std::string answer;
    if (!sent || socket_.receive(answer, error) != win32::WebSocketClient::ReceiveResult::Message ||
        !Json::parse(answer, start) || start.getString("type") != "start") {
        Logger::error("connection worker: the server did not accept the connection " + error);
        return false;
    }
    return true;
}

bool StreamConnection::sendText(const std::string& json) { return socket_.sendText(json); }

bool StreamConnection::sendBinary(const std::uint8_t* data, std::size_t size) {
    return socket_.sendBinary(data, size);
}

}  // namespace adhoc::worker
