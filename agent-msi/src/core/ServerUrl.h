// ServerUrl: turns the configured server URL (the MSI property SERVERURL, e.g.
// "https://support.example.com") into the agent's WebSocket endpoint: http -> ws,
// https -> wss, path "<base path>/ws/agent".
#pragma once

#include <string>

namespace adhoc {

class ServerUrl {
public:
    // Parses `url`; returns false (with `error`) for anything that is not an absolute
    // http, https, ws or wss URL with a host.
    static bool parse(const std::string& url, ServerUrl& out, std::string* error = nullptr);

    bool secure() const { return secure_; }
    const std::string& host() const { return host_; }
    int port() const { return port_; }
    // Path of the agent endpoint, e.g. "/ws/agent" or "/support/ws/agent".
    const std::string& agentPath() const { return agentPath_; }
    // "wss://host:port/ws/agent", for logs.
    std::string agentEndpoint() const;

private:
    bool secure_ = false;
    std::string host_;
    int port_ = 0;
    std::string agentPath_;
};

}  // namespace adhoc
