// Backoff: see Backoff.h.
#include "Backoff.h"

#include <utility>

namespace adhoc {

Backoff::Backoff(std::function<double()> random01, std::int64_t initialMs, std::int64_t maxMs,
                 double jitter, std::int64_t stableConnectionMs, std::int64_t spreadMaxMs)
    : random01_(std::move(random01)),
      initialMs_(initialMs),
      maxMs_(maxMs),
      jitter_(jitter),
      stableConnectionMs_(stableConnectionMs),
      spreadMaxMs_(spreadMaxMs),
      baseMs_(initialMs) {}

double Backoff::random01() const {
    double r = random01_ ? random01_() : 0.5;
    if (r < 0.0) r = 0.0;
    if (r >= 1.0) r = 0.999999;
    return r;
}

std::int64_t Backoff::nextDelayMs() {
    const std::int64_t base = baseMs_;
    baseMs_ = base * 2 > maxMs_ ? maxMs_ : base * 2;
    if (spreadNext_) {
        spreadNext_ = false;
        return initialMs_ + static_cast<std::int64_t>(static_cast<double>(spreadMaxMs_ - initialMs_) * random01());
    }
    const double factor = 1.0 - jitter_ + 2.0 * jitter_ * random01();  // in [1-j, 1+j)
    std::int64_t delay = static_cast<std::int64_t>(static_cast<double>(base) * factor);
    return delay < 1 ? 1 : delay;
}

void Backoff::connectionClosedAfter(std::int64_t connectedMs) {
    if (connectedMs < stableConnectionMs_) return;
    reset();
    spreadNext_ = true;
}

void Backoff::reset() {
    baseMs_ = initialMs_;
    spreadNext_ = false;
}

}  // namespace adhoc
