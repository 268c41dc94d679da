package com.adhocsupport.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * What the identity store learnt about this request's sign-in that the form mechanism cannot
 * carry back to the login page: that the address must wait, and how long.
 */
@RequestScoped
public class SignInAttempt {

    private Duration retryAfter;

    void mustWait(Duration wait) {
        retryAfter = wait;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
