// ServerUrl: see ServerUrl.h.
#include "ServerUrl.h"

namespace adhoc {

namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

bool setError(std::string* error, const char* text) {
    if (error) *error = text;
    return false;
}

// A server on this very computer: the development setup, where plain http is allowed.
bool isLoopback(const std::string& host) {
    std::string h = lower(host);
    return h == "localhost" || h == "::1" || h.rfind("127.", 0) == 0;
}

}  // namespace

bool ServerUrl::parse(const std::string& input, ServerUrl& out, std::string* error) {
    std::string url = input;
    while (!url.empty() && (url.back() == ' ' || url.back() == '\r' || url.back() == '\n'))
        url.pop_back();
    while (!url.empty() && url.front() == ' ') url.erase(url.begin());
    std::size_t sep = url.find("://");
    if (sep == std::string::npos) return setError(error, "missing scheme");
    std::string scheme = lower(url.substr(0, sep));
    ServerUrl result;
    if (scheme == "https" || scheme == "wss") {
        result.secure_ = true;
        result.port_ = 443;
    } else if (scheme == "http" || scheme == "ws") {
        result.port_ = 80;
    } else {
        return setError(error, "scheme must be http or https");
    }
    std::string rest = url.substr(sep + 3);
    std::size_t pathStart = rest.find_first_of("/?#");
    std::string authority = rest.substr(0, pathStart);
    std::string path = pathStart == std::string::npos ? "" : rest.substr(pathStart);
    std::size_t cut = path.find_first_of("?#");
    if (cut != std::string::npos) path = path.substr(0, cut);
    if (authority.find('@') != std::string::npos) return setError(error, "user info not allowed");

    std::string host = authority;
    if (!authority.empty() && authority[0] == '[') {
        std::size_t close = authority.find(']');
        if (close == std::string::npos) return setError(error, "bad IPv6 literal");
        host = authority.substr(1, close - 1);
        std::string after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after[0] != ':') return setError(error, "bad port");
            authority = "x" + after;  // fall through to port parsing below
        } else {
            authority.clear();
        }
    } else {
        std::size_t colon = authority.rfind(':');
        host = authority.substr(0, colon);
    }
    std::size_t colon = authority.rfind(':');
    if (colon != std::string::npos) {
        std::string portText = authority.substr(colon + 1);
        if (portText.empty() || portText.size() > 5) return setError(error, "bad port");
        int port = 0;
        for (char c : portText) {
            if (c < '0' || c > '9') return setError(error, "bad port");
            port = port * 10 + (c - '0');
        }
        if (port < 1 || port > 65535) return setError(error, "bad port");
        result.port_ = port;
    }
    if (host.empty()) return setError(error, "missing host");
    // Unencrypted traffic could be read or hijacked on the network: only for development.
    if (!result.secure_ && !isLoopback(host))
        return setError(error, "plain http is allowed only for a server on this computer (development); use https");
    result.host_ = host;
    while (!path.empty() && path.back() == '/') path.pop_back();
    result.basePath_ = path;
    out = result;
    return true;
}

std::string ServerUrl::endpoint(const std::string& path) const {
    std::string hostPart = host_.find(':') != std::string::npos ? "[" + host_ + "]" : host_;
    return std::string(secure_ ? "wss://" : "ws://") + hostPart + ":" + std::to_string(port_) +
           path;
}

}  // namespace adhoc
