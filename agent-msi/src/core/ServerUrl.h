// ServerUrl: turns the configured server URL (the MSI property SERVERURL, e.g.
// "https://support.example.com") into the agent's WebSocket endpoint: http -> ws,
// https -> wss, path "<base path>/ws/agent" (and "/ws/stream" for connection workers).
#pragma once

#include <string>

namespace adhoc {

class ServerUrl {
public:
    // Parses `url` (surrounding spaces ignored); returns false (with `error`) for anything
    // that is not an absolute http, https, ws or wss URL with a host, and for plain http or
    // ws to any host but this computer (localhost, 127.x, ::1).
    static bool parse(const std::string& url, ServerUrl& out, std::string* error = nullptr);

    bool secure() const { return secure_; }
    const std::string& host() const { return host_; }
    int port() const { return port_; }
    // Path of the agent endpoint, e.g. "/ws/agent" or "/support/ws/agent".
    std::string agentPath() const { return basePath_ + "/ws/agent"; }
    // Path of the connection workers' endpoint, e.g. "/ws/stream".
    std::string streamPath() const { return basePath_ + "/ws/stream"; }
    // "wss://host:port/ws/agent" for `path`, for logs.
    std::string endpoint(const std::string& path) const;
    std::string agentEndpoint() const { return endpoint(agentPath()); }

private:
    bool secure_ = false;
    std::string host_;
    int port_ = 0;
    std::string basePath_;
};

}  // namespace adhoc
