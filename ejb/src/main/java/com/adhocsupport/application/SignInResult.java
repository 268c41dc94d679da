package com.adhocsupport.application;

import java.time.Duration;

/** The answer to a console sign-in. */
public sealed interface SignInResult {

    record SignedIn(TechnicianProfile technician) implements SignInResult {
    }

    /** Wrong e-mail or password, or an inactive account: the page says no more than that. */
    record Refused() implements SignInResult {
    }

    /** Too many failures from this address (or at this e-mail from it): no try is checked before {@code retryAfter}. */
    record Waiting(Duration retryAfter) implements SignInResult {
    }
}
