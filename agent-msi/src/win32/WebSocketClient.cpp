// WebSocketClient: see WebSocketClient.h.
#include "WebSocketClient.h"

#include <utility>
#include <vector>

#include "../core/ProtocolCodec.h"
#include "Logger.h"
#include "PrivateCa.h"
#include "RegistryLayout.h"
#include "TextConvert.h"

namespace adhoc::win32 {

WebSocketClient::WebSocketClient(Limits limits) : limits_(limits) {}

WebSocketClient::~WebSocketClient() { abort(); }

bool WebSocketClient::connect(const ServerUrl& url, const std::string& path, const std::wstring& userAgent,
                              std::string& error, const std::string& extraHeader) {
    abort();
    serverNotTrusted_ = false;
    session_.reset(WinHttpOpen(userAgent.c_str(), WINHTTP_ACCESS_TYPE_AUTOMATIC_PROXY, WINHTTP_NO_PROXY_NAME,
                               WINHTTP_NO_PROXY_BYPASS, 0));
    if (!session_) {
        // Older systems (and Wine) lack automatic proxy: fall back to the default setting.
        session_.reset(WinHttpOpen(userAgent.c_str(), WINHTTP_ACCESS_TYPE_DEFAULT_PROXY, WINHTTP_NO_PROXY_NAME,
                                   WINHTTP_NO_PROXY_BYPASS, 0));
    }
    if (!session_) {
        error = "WinHttpOpen: " + TextConvert::errorText(GetLastError());
        return false;
    }
    // resolve, connect, send, receive (ms): fail fast so the backoff takes over.
    WinHttpSetTimeouts(session_.get(), 10000, 10000, 15000, 0);
    std::wstring host = TextConvert::toWide(url.host());
    connection_.reset(WinHttpConnect(session_.get(), host.c_str(), static_cast<INTERNET_PORT>(url.port()), 0));
    if (!connection_) {
        error = "WinHttpConnect: " + TextConvert::errorText(GetLastError());
        return false;
    }
    std::wstring widePath = TextConvert::toWide(path);
    std::string endpoint = url.endpoint(path);
    UniqueInternet request(WinHttpOpenRequest(connection_.get(), L"GET", widePath.c_str(), nullptr, WINHTTP_NO_REFERER,
                                              WINHTTP_DEFAULT_ACCEPT_TYPES, url.secure() ? WINHTTP_FLAG_SECURE : 0));
    if (!request) {
        error = "WinHttpOpenRequest: " + TextConvert::errorText(GetLastError());
        return false;
    }
    if (!WinHttpSetOption(request.get(), WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET, nullptr, 0)) {
        error = "WINHTTP_OPTION_UPGRADE_TO_WEB_SOCKET: " + TextConvert::errorText(GetLastError());
        return false;
    }
    PrivateCa privateCa;
    if (url.secure() && (!PrivateCa::parse(RegistryLayout::readInstallConfig().serverCa, privateCa, error) ||
                         !privateCa.prepare(request.get(), error))) {
        return false;
    }
    std::wstring headers = TextConvert::toWide(extraHeader);
    if (!WinHttpSendRequest(request.get(), headers.empty() ? WINHTTP_NO_ADDITIONAL_HEADERS : headers.c_str(),
                            headers.empty() ? 0 : static_cast<DWORD>(headers.size()), nullptr, 0, 0, 0)) {
        DWORD code = GetLastError();
        error = "cannot reach " + endpoint + ": " + TextConvert::errorText(code);
        // Windows reports a certificate it refuses as SECURE_FAILURE, Wine as SECURE_CHANNEL_ERROR.
        if (code == ERROR_WINHTTP_SECURE_FAILURE || code == ERROR_WINHTTP_SECURE_CHANNEL_ERROR) {
            serverNotTrusted_ = true;
            error += privateCa.configured()
                         ? " (TLS failed: the server's certificate must name this host and be in date)"
                         : " (TLS failed: the server's certificate is not trusted by this PC; if a private CA"
                           " issued it, give that CA to the MSI as SERVERCA)";
        }
        return false;
    }
    // The upgrade request carries no secret; the first message (with the credential) is
    // sent only to a server whose certificate passed.
    if (!privateCa.verify(request.get(), host, error)) {
        serverNotTrusted_ = true;
        error = "refused " + endpoint + ": " + error;
        return false;
    }
    if (!WinHttpReceiveResponse(request.get(), nullptr)) {
        error = "no answer from " + endpoint + ": " + TextConvert::errorText(GetLastError());
        return false;
    }
    DWORD statusCode = 0, size = sizeof statusCode;
    WinHttpQueryHeaders(request.get(), WINHTTP_QUERY_STATUS_CODE | WINHTTP_QUERY_FLAG_NUMBER, WINHTTP_HEADER_NAME_BY_INDEX,
                        &statusCode, &size, WINHTTP_NO_HEADER_INDEX);
    if (statusCode != 101) {
        error = "the server refused the WebSocket upgrade at " + endpoint + " (HTTP " +
                std::to_string(statusCode) + ")";
        return false;
    }
    UniqueInternet socket(WinHttpWebSocketCompleteUpgrade(request.get(), 0));
    if (!socket) {
        error = "WinHttpWebSocketCompleteUpgrade: " + TextConvert::errorText(GetLastError());
        return false;
    }
    DWORD receiveTimeoutMs = limits_.receiveTimeoutMs;
    WinHttpSetOption(socket.get(), WINHTTP_OPTION_RECEIVE_TIMEOUT, &receiveTimeoutMs, sizeof receiveTimeoutMs);
    Lock lock(lock_);
    socket_ = std::move(socket);
    return true;
}

bool WebSocketClient::sendText(const std::string& text) {
    return send(WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE, text.data(), text.size());
}

bool WebSocketClient::sendBinary(const void* data, std::size_t size) {
    return send(WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE, data, size);
}

bool WebSocketClient::send(WINHTTP_WEB_SOCKET_BUFFER_TYPE type, const void* data, std::size_t size) {
    Lock lock(lock_);
    if (!socket_) return false;
    DWORD rc = WinHttpWebSocketSend(socket_.get(), type, const_cast<void*>(data), static_cast<DWORD>(size));
    if (rc != ERROR_SUCCESS) {
        Logger::warn("WebSocket send failed: " + TextConvert::errorText(rc));
        return false;
    }
    return true;
}

WebSocketClient::ReceiveResult WebSocketClient::receive(std::string& message, std::string& error) {
    message.clear();
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        HINTERNET socket;
        {
            Lock lock(lock_);
            socket = socket_.get();
        }
        if (!socket) {
            error = "connection closed locally";
            return ReceiveResult::Closed;
        }
        DWORD read = 0;
        WINHTTP_WEB_SOCKET_BUFFER_TYPE type;
        DWORD rc = WinHttpWebSocketReceive(socket, buffer.data(), static_cast<DWORD>(buffer.size()), &read, &type);
        if (rc != ERROR_SUCCESS) {
            error = "WebSocket receive: " + TextConvert::errorText(rc);
            return ReceiveResult::Error;
        }
        if (type == WINHTTP_WEB_SOCKET_CLOSE_BUFFER_TYPE) {
            USHORT status = 0;
            DWORD reasonLength = 0;
            char reason[124];
            WinHttpWebSocketQueryCloseStatus(socket, &status, reason, sizeof reason, &reasonLength);
            error = "server closed the connection (" + std::to_string(status) + " " +
                    std::string(reason, reasonLength < sizeof reason ? reasonLength : 0) + ")";
            return ReceiveResult::Closed;
        }
        bool binary = type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE ||
                      type == WINHTTP_WEB_SOCKET_BINARY_FRAGMENT_BUFFER_TYPE;
        if (binary && !limits_.binary) {
            if (type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE) message.clear();
            continue;
        }
        message.append(buffer.data(), read);
        if (message.size() > limits_.maxMessageBytes) {
            error = "message larger than " + std::to_string(limits_.maxMessageBytes / 1024) + " KiB";
            shutdown(1009);
            return ReceiveResult::Error;
        }
        if (type == WINHTTP_WEB_SOCKET_UTF8_MESSAGE_BUFFER_TYPE) return ReceiveResult::Message;
        if (type == WINHTTP_WEB_SOCKET_BINARY_MESSAGE_BUFFER_TYPE) return ReceiveResult::Binary;
    }
}

void WebSocketClient::close() {
    abort();
    connection_.reset();
    session_.reset();
}

void WebSocketClient::shutdown(unsigned short status) {
    Lock lock(lock_);
    if (!socket_) return;
    DWORD rc = WinHttpWebSocketShutdown(socket_.get(), status, nullptr, 0);
    if (rc != ERROR_SUCCESS && rc != ERROR_IO_PENDING)
        Logger::warn("WebSocket shutdown failed: " + TextConvert::errorText(rc));
}

void WebSocketClient::abort() {
    UniqueInternet socket;  // closed after the lock is released
    {
        Lock lock(lock_);
        socket = std::move(socket_);
    }
}

}  // namespace adhoc::win32
