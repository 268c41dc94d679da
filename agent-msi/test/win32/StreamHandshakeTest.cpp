// StreamHandshakeTest: the worker's /ws/stream upgrade request, as it leaves WinHTTP, carries
// the balancer's node cookie when the server named the viewer's node, and no Cookie header
// otherwise (docs/protocol.md, "Connections"). A loopback listener keeps the request and
// refuses the upgrade, so nothing past the handshake is needed.
#include <winsock2.h>
#include <windows.h>

#include <cctype>
#include <string>

#include "../../src/core/Json.h"
#include "../../src/core/ServerUrl.h"
#include "../../src/worker/StreamConnection.h"
#include <doctest/doctest.h>

using namespace adhoc;

namespace {

// Accepts one connection on 127.0.0.1, reads its request up to the blank line and answers 403.
class RecordingListener {
public:
    RecordingListener() {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
        listener_ = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        int size = sizeof address;
        bind(listener_, reinterpret_cast<sockaddr*>(&address), sizeof address);
        listen(listener_, 1);
        getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &size);
        port_ = ntohs(address.sin_port);
        thread_ = CreateThread(nullptr, 0, &RecordingListener::serveOne, this, 0, nullptr);
    }
    ~RecordingListener() {
        closesocket(listener_);  // ends a pending accept when the client never came
        WaitForSingleObject(thread_, 5000);
        CloseHandle(thread_);
        WSACleanup();
    }
    RecordingListener(const RecordingListener&) = delete;
    RecordingListener& operator=(const RecordingListener&) = delete;

    std::string serverUrl() const { return "http://127.0.0.1:" + std::to_string(port_); }
    // The request's header block; waits for the listener to have answered.
    const std::string& request() {
        WaitForSingleObject(thread_, 5000);
        return request_;
    }

private:
    static DWORD WINAPI serveOne(void* self) {
        static_cast<RecordingListener*>(self)->serve();
        return 0;
    }
    void serve() {
        SOCKET client = accept(listener_, nullptr, nullptr);
        if (client == INVALID_SOCKET) return;
        char buffer[1024];
        int read = 0;
        while (request_.find("\r\n\r\n") == std::string::npos && request_.size() < 16384 &&
               (read = recv(client, buffer, sizeof buffer, 0)) > 0)
            request_.append(buffer, static_cast<std::size_t>(read));
        const char answer[] = "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        send(client, answer, sizeof answer - 1, 0);
        shutdown(client, SD_SEND);
        closesocket(client);
    }

    SOCKET listener_ = INVALID_SOCKET;
    int port_ = 0;
    HANDLE thread_ = nullptr;
    std::string request_;
};

std::string streamRequestFor(const std::string& node) {
    RecordingListener listener;
    ServerUrl url;
    REQUIRE(ServerUrl::parse(listener.serverUrl(), url));
    worker::StreamConnection connection;
    Json start;
    CHECK_FALSE(connection.open(url, "ch-1", "one-time", node, start));  // the listener refuses the upgrade
    std::string request = listener.request();
    REQUIRE(request.rfind("GET /ws/stream HTTP/1.1\r\n", 0) == 0);
    return request;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

std::string lowerCase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

TEST_CASE("stream_handshake_carries_the_viewers_node_cookie") {
    std::string request = streamRequestFor("node-a");
    CHECK_EQ(count(request, "\r\nCookie: ADHOC_NODE=node-a\r\n"), 1u);
    CHECK_EQ(count(lowerCase(request), "\r\ncookie:"), 1u);
}

TEST_CASE("stream_handshake_has_no_cookie_without_a_valid_node") {
    for (std::string node : {"", "a;b", "a\r\nX-Injected: y"}) {
        CAPTURE(node);
        std::string request = streamRequestFor(node);
        CHECK_EQ(count(lowerCase(request), "\r\ncookie:"), 0u);
        CHECK_EQ(count(lowerCase(request), "x-injected"), 0u);
    }
}
