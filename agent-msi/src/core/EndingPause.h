// EndingPause: the few seconds between the end of a session and the removal of the
// product, so the end user reads "The support session has ended" in the app. By then the
// hidden account is already gone (SessionController removes it first); the service closes
// the workers at once, then starts msiexec /x as soon as the app has closed itself or the
// pause is over, whichever comes first.
#pragma once

#include <cstdint>

namespace adhoc {

class EndingPause {
public:
    // How long the app shows the ended state before closing itself (it polls every second).
    static constexpr std::int64_t kAppShowsEndingMs = 5000;
    // The app's time plus one poll to notice the state.
    static constexpr std::int64_t kPauseMs = kAppShowsEndingMs + 1000;

    void begin(std::int64_t nowMs);
    bool begun() const { return begun_; }
    // Whether the uninstall should start now: the app is gone or the pause is over.
    bool uninstallDue(std::int64_t nowMs, bool appRunning) const;

private:
    bool begun_ = false;
    std::int64_t deadlineMs_ = 0;
};

}  // namespace adhoc
