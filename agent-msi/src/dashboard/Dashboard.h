// Dashboard: the Dashboard feature of the connection worker (docs/protocol.md,
// "Dashboard"): system facts, processes (and ending one), services (and starting or
// stopping one), installed software and the latest System-log errors. Requests run in
// order on the dashboard's own thread.
//
//   dashboard::Dashboard dashboard(peer);   // route frames to onText; stop() at the end
#pragma once

#include "../core/Stream.h"
#include "../win32/TaskQueue.h"

namespace adhoc::dashboard {

class Dashboard : public StreamHandler {
public:
    explicit Dashboard(StreamPeer& peer) : peer_(peer) {}
    ~Dashboard() override { stop(); }

    bool onText(const Json& message) override;
    bool onBinary(const std::uint8_t*, std::size_t) override { return false; }
    void stop() override { requests_.stop(); }

private:
    void handle(const Json& request);
    Json answer(const Json& request);

    StreamPeer& peer_;
    win32::TaskQueue requests_;
};

}  // namespace adhoc::dashboard
