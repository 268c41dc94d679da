package com.adhocsupport.application.config;

import com.adhocsupport.application.throttle.Rate;
import com.adhocsupport.application.throttle.Throttled;
import com.adhocsupport.domain.session.ResendLimits;
import com.adhocsupport.domain.session.SessionLimits;
import java.time.Duration;
import java.util.Optional;

/**
 * The deployment's settings (README, "Configuration"), each with the product's default, read on
 * every use so that a change takes effect without a redeploy.
 */
public interface AdHocSettings {

    /** Lifetimes of sessions and invitations, and how many may be open at once. */
    SessionLimits limits();

    /** How often an invitation may be sent again within an hour, per session and per technician. */
    ResendLimits resendLimits();

    /** The address end users and agents reach the server at, without a trailing slash. */
    String publicUrl();

    /** The private CA the agents must trust, as base64 DER; empty when they rely on Windows' roots. */
    Optional<String> agentTrustedCa();

    /** Wrong security codes in a row before the code is locked. */
    int maxCodeAttempts();

    Duration codeLockout();

    /** Wrong passwords in a row (console login, or access password at connection) before a lockout. */
    int maxPasswordAttempts();

    Duration passwordLockout();

    /** How many tries of a kind one source address gets. */
    Rate throttle(Throttled what);

    /** How long end users' personal data of an ended session is kept. */
    Duration retention();
}
