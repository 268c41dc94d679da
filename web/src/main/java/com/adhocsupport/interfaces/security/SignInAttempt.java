package com.adhocsupport.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import com.adhocsupport.application.SignInResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the identity store learnt about this request's sign-in that the form mechanism cannot
 * carry back to the page: that the address must wait, and how long; that the password was right
 * but a second step must follow; why a code was refused; the recovery codes an enrolment made.
 */
@RequestScoped
public class SignInAttempt {

    private Duration retryAfter;
    private SignInResult.SecondStep secondStep;
    private boolean codeReused;
    private List<String> newRecoveryCodes = List.of();

    void mustWait(Duration wait) {
        retryAfter = wait;
    }

    void secondStepNeeded(SignInResult.SecondStep step) {
        secondStep = step;
    }

    void codeRefused(boolean reused) {
        codeReused = reused;
    }

    void enrolled(List<String> recoveryCodes) {
        newRecoveryCodes = recoveryCodes;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public Optional<SignInResult.SecondStep> secondStep() {
        return Optional.ofNullable(secondStep);
    }

    /** The refused code was one already used (or older than one used). */
    public boolean codeReused() {
        return codeReused;
    }

    public List<String> newRecoveryCodes() {
        return newRecoveryCodes;
    }
}
