// ServerConnection: see ServerConnection.h.
#include "ServerConnection.h"

#include <memory>
#include <random>

#include "version.h"  // generated: ADHOC_VERSION
#include "../win32/Logger.h"
#include "../win32/TextConvert.h"

namespace adhoc::service {

using win32::Logger;

namespace {

std::function<double()> jitterSource() {
    LARGE_INTEGER counter;
    QueryPerformanceCounter(&counter);
    auto engine = std::make_shared<std::mt19937_64>(static_cast<std::uint64_t>(counter.QuadPart) ^
                                                    (static_cast<std::uint64_t>(GetCurrentProcessId()) << 32));
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

}  // namespace

ServerConnection::ServerConnection(const ServerUrl& url, EventQueue& events)
    : url_(url), events_(events), backoff_(jitterSource()) {}

ServerConnection::~ServerConnection() { stop(); }

bool ServerConnection::start() {
    wakeEvent_.reset(CreateEventW(nullptr, FALSE, FALSE, nullptr));
    thread_.reset(CreateThread(nullptr, 0, &ServerConnection::threadMain, this, 0, nullptr));
    if (!thread_) {
        Logger::error("cannot start the connection thread: " + win32::TextConvert::errorText(GetLastError()));
        return false;
    }
    return true;
}

void ServerConnection::stop() {
    if (!thread_) return;
    InterlockedExchange(&stopping_, 1);
    SetEvent(wakeEvent_.get());
    socket_.shutdown(1001);  // going away
    if (WaitForSingleObject(thread_.get(), 2000) != WAIT_OBJECT_0) {
        socket_.abort();
        if (WaitForSingleObject(thread_.get(), 2000) != WAIT_OBJECT_0) {
            // Leave it: the process exits right after the service stops.
            Logger::warn("the connection thread did not stop in time");
            thread_.release();
            return;
        }
    }
    thread_.reset();
}

void ServerConnection::setWanted(bool wanted) {
    LONG previous = InterlockedExchange(&wanted_, wanted ? 1 : 0);
    if (previous == (wanted ? 1 : 0)) return;
    if (wanted) {
        backoff_.reset();
        SetEvent(wakeEvent_.get());
    } else {
        socket_.shutdown();
    }
}

bool ServerConnection::send(const std::string& frame) {
    if (!connected_) return false;
    return socket_.sendText(frame);
}

void ServerConnection::drop() { socket_.shutdown(); }

void ServerConnection::checkSilence(std::int64_t limitMs) {
    if (!connected_) return;
    LONGLONG last = lastReceiveTick_;
    if (static_cast<std::int64_t>(GetTickCount64() - static_cast<ULONGLONG>(last)) > limitMs) {
        Logger::warn("no frame from the server for " + std::to_string(limitMs / 1000) + " s: reconnecting");
        socket_.shutdown();
        socket_.abort();
        lastReceiveTick_ = static_cast<LONGLONG>(GetTickCount64());  // warn once per silence
    }
}

DWORD WINAPI ServerConnection::threadMain(void* self) {
    static_cast<ServerConnection*>(self)->run();
    return 0;
}

bool ServerConnection::waitWhile(DWORD ms) {
    WaitForSingleObject(wakeEvent_.get(), ms);
    return !stopping_;
}

void ServerConnection::run() {
    const std::wstring userAgent = L"AdHocSupportAgent/" ADHOC_VERSION;
    while (!stopping_) {
        if (!wanted_) {
            if (!waitWhile(INFINITE)) break;
            continue;
        }
        std::string error;
        if (!socket_.connect(url_, url_.agentPath(), userAgent, error)) {
            std::int64_t delay = backoff_.nextDelayMs();
            Logger::warn(error + "; retrying in " + std::to_string(delay) + " ms");
            events_.post({AgentEvent::Type::Disconnected, error, socket_.serverNotTrusted()});
            if (!waitWhile(static_cast<DWORD>(delay))) break;
            continue;
        }
        Logger::info("connected to " + url_.agentEndpoint());
        ULONGLONG connectedAt = GetTickCount64();
        lastReceiveTick_ = static_cast<LONGLONG>(connectedAt);
        InterlockedExchange(&connected_, 1);
        events_.post({AgentEvent::Type::Connected, {}});
        std::string message;
        for (;;) {
            auto result = socket_.receive(message, error);
            if (result != win32::WebSocketClient::ReceiveResult::Message) break;
            lastReceiveTick_ = static_cast<LONGLONG>(GetTickCount64());
            events_.post({AgentEvent::Type::Frame, std::move(message)});
            message.clear();
        }
        InterlockedExchange(&connected_, 0);
        socket_.close();
        std::int64_t lasted = static_cast<std::int64_t>(GetTickCount64() - connectedAt);
        backoff_.connectionClosedAfter(lasted);
        Logger::info("disconnected after " + std::to_string(lasted / 1000) + " s: " + error);
        events_.post({AgentEvent::Type::Disconnected, error});
        if (stopping_) break;
        if (wanted_) {
            std::int64_t delay = backoff_.nextDelayMs();
            Logger::info("reconnecting in " + std::to_string(delay) + " ms");
            if (!waitWhile(static_cast<DWORD>(delay))) break;
        }
    }
}

}  // namespace adhoc::service
