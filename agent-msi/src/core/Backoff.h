// Backoff: reconnect delays for the agent's outbound connection (docs/protocol.md,
// "Reconnect policy"): exponential from 1 s doubling to 60 s at most, with +/-20 %
// jitter. After a connection that lasted at least 60 s (a lost server node, a network
// blip) the first delay is spread uniformly over [1 s, 10 s), so the thousands of agents
// of a node that died do not all come back in the same second; the attempts after it go
// on exponentially from 2 s.
#pragma once

#include <cstdint>
#include <functional>

namespace adhoc {

class Backoff {
public:
    // `random01` returns a uniform value in [0, 1); injected so tests are deterministic.
    explicit Backoff(std::function<double()> random01, std::int64_t initialMs = 1000,
                     std::int64_t maxMs = 60000, double jitter = 0.2,
                     std::int64_t stableConnectionMs = 60000, std::int64_t spreadMaxMs = 10000);

    // Delay before the next attempt; each call doubles the base delay up to the maximum.
    std::int64_t nextDelayMs();

    // Call when a connection closes: after a stable one the next delay is spread over
    // [initialMs, spreadMaxMs); after a short one the sequence goes on doubling.
    void connectionClosedAfter(std::int64_t connectedMs);

    void reset();
    std::int64_t currentBaseMs() const { return baseMs_; }

private:
    double random01() const;

    std::function<double()> random01_;
    std::int64_t initialMs_;
    std::int64_t maxMs_;
    double jitter_;
    std::int64_t stableConnectionMs_;
    std::int64_t spreadMaxMs_;
    std::int64_t baseMs_;
    bool spreadNext_ = false;
};

}  // namespace adhoc
