package com.adhocsupport.application;

import java.time.Duration;
import java.util.List;

/** The answer to a console sign-in. */
public sealed interface SignInResult {

    /** Signed in; {@code newRecoveryCodes} holds the ten codes to show once when this sign-in switched a second factor on. */
    record SignedIn(TechnicianProfile technician, List<String> newRecoveryCodes) implements SignInResult {

        public SignedIn(TechnicianProfile technician) {
            this(technician, List.of());
        }
    }

    /**
     * The password was right, but the technician is not signed in yet: a code of their second factor
     * must follow, or, when they have none and the company requires one, their enrolment.
     */
    record SecondStep(String email, boolean mustEnrol) implements SignInResult {
    }

    /** A wrong second-factor code, or ({@code reused}) the code of a time step already taken. */
    record CodeRefused(boolean reused) implements SignInResult {
    }

    /** Wrong e-mail or password, or an inactive account: the page says no more than that. */
    record Refused() implements SignInResult {
    }

    /** Too many failures from this address (or at this e-mail from it): no try is checked before {@code retryAfter}. */
    record Waiting(Duration retryAfter) implements SignInResult {
    }
}
