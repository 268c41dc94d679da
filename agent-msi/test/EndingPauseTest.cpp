// EndingPauseTest: after a session ends the app may show it for a few seconds, never
// longer, before the product is removed (the account is removed before the pause).
#include "../src/core/EndingPause.h"
#include <doctest/doctest.h>

using namespace adhoc;

TEST_CASE("ending_pause_waits_for_the_app_to_show_the_end") {
    EndingPause pause;
    CHECK(!pause.uninstallDue(0, false));  // nothing ended yet
    pause.begin(1000);
    CHECK(!pause.uninstallDue(1000, true));
    CHECK(!pause.uninstallDue(1000 + EndingPause::kPauseMs - 1, true));
    CHECK(pause.uninstallDue(1000 + EndingPause::kPauseMs, true));  // never longer than the pause
    CHECK(EndingPause::kPauseMs > EndingPause::kAppShowsEndingMs);
}

TEST_CASE("ending_pause_ends_as_soon_as_the_app_is_closed") {
    EndingPause pause;
    pause.begin(1000);
    CHECK(pause.uninstallDue(1500, false));  // closed by the user, or no one logged on
}

TEST_CASE("ending_pause_keeps_its_first_deadline") {
    EndingPause pause;
    pause.begin(1000);
    pause.begin(5000);
    CHECK(pause.uninstallDue(1000 + EndingPause::kPauseMs, true));
}
