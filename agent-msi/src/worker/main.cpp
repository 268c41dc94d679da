// AdHocRemote.exe: the connection worker. The service starts one per connection a
// technician opens (docs/protocol.md, "Connections"), as LocalSystem on the console's
// desktop, and hands it {"server","channel","token","feature","node"} on standard input.
// It attaches to the server (on `node`, the viewer's, in a cluster), serves the feature
// and the chat until either side closes, then exits.
#include <windows.h>

#include <memory>
#include <string>
#include <vector>

#include "../chat/ChatWindow.h"
#include "../dashboard/Dashboard.h"
#include "../files/FileManager.h"
#include "../remote/RemoteControl.h"
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"
#include "StreamConnection.h"

using namespace adhoc;
using win32::Logger;

namespace {

constexpr DWORD kMaxInput = 4096;

// One line of JSON from the service; the pipe closes after it.
bool readLaunchInput(Json& input) {
    std::string text;
    char buffer[512];
    DWORD read = 0;
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    while (text.size() < kMaxInput && ReadFile(in, buffer, sizeof buffer, &read, nullptr) && read > 0)
        text.append(buffer, read);
    bool ok = Json::parse(text, input) && input.isObject();
    for (char& c : text) c = '\0';
    return ok;
}

std::unique_ptr<StreamHandler> featureHandler(const std::string& feature, StreamPeer& peer) {
    if (feature == "REMOTE_CONTROL") return std::make_unique<remote::RemoteControl>(peer);
    if (feature == "FILE_MANAGER") return std::make_unique<files::FileManager>(peer);
    if (feature == "DASHBOARD") return std::make_unique<dashboard::Dashboard>(peer);
    return nullptr;
}

void dispatchText(const std::string& text, std::vector<std::unique_ptr<StreamHandler>>& handlers, StreamPeer& peer) {
    Json message;
    if (!Json::parse(text, message) || !message.get("type").isString()) return;
    for (auto& handler : handlers)
        if (handler->onText(message)) return;
    Json error = Json::object();
    error.set("type", Json::string("error"));
    error.set("message", Json::string("unknown message type"));
    peer.sendText(error.dump());
}

void serve(worker::StreamConnection& connection, std::vector<std::unique_ptr<StreamHandler>>& handlers) {
    std::string message, error;
    for (;;) {
        auto result = connection.socket().receive(message, error);
        if (result == win32::WebSocketClient::ReceiveResult::Message) {
            dispatchText(message, handlers, connection);
        } else if (result == win32::WebSocketClient::ReceiveResult::Binary) {
            const auto* data = reinterpret_cast<const std::uint8_t*>(message.data());
            for (auto& handler : handlers)
                if (handler->onBinary(data, message.size())) break;
        } else {
            Logger::info("connection worker: the connection ended (" + error + ")");
            return;
        }
    }
}

}  // namespace

int WINAPI wWinMain(HINSTANCE, HINSTANCE, PWSTR, int) {
    Logger::open("worker", false);
    Json input;
    if (!readLaunchInput(input)) {
        Logger::error("connection worker: no launch input from the service");
        return 2;
    }
    ServerUrl url;
    std::string error;
    if (!ServerUrl::parse(input.getString("server"), url, &error)) {
        Logger::error("connection worker: invalid server URL: " + error);
        return 2;
    }
    worker::StreamConnection connection;
    Json start;
    bool attached =
        connection.open(url, input.getString("channel"), input.getString("token"), input.getString("node"), start);
    input.wipe();
    if (!attached) return 1;
    std::string feature = start.getString("feature");
    Logger::info("connection worker: " + feature + " for " + start.getString("technician"));
    std::vector<std::unique_ptr<StreamHandler>> handlers;
    if (auto handler = featureHandler(feature, connection)) handlers.push_back(std::move(handler));
    handlers.push_back(std::make_unique<chat::ChatWindow>(
        connection, win32::TextConvert::toWide(start.getString("technician")), start.get("chat").asBool()));
    serve(connection, handlers);
    for (auto& handler : handlers) handler->stop();
    connection.socket().close();
    Logger::info("connection worker: done");
    Logger::close();
    return 0;
}
