package com.adhocsupport.interfaces.security;

import com.adhocsupport.application.SignInResult;
import com.adhocsupport.application.SignInService;
import com.adhocsupport.application.TechnicianProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Validates console logins against the technicians, throttled per source address (the client's
 * address as the container sees it; forwarded headers count only from the configured proxies).
 */
@ApplicationScoped
public class TechnicianIdentityStore implements IdentityStore {

    @EJB
    SignInService signIns;
    @Inject
    HttpServletRequest request;
    @Inject
    SignInAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInResult result = signIns.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        if (result instanceof SignInResult.SignedIn signedIn) {
            return valid(signedIn.technician());
        }
        if (result instanceof SignInResult.Waiting waiting) {
            attempt.mustWait(waiting.retryAfter());
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static CredentialValidationResult valid(TechnicianProfile profile) {
        Set<String> groups = profile.isAdministrator()
                ? Set.of(ConsoleSecurity.TECHNICIAN, ConsoleSecurity.ADMINISTRATOR)
                : Set.of(ConsoleSecurity.TECHNICIAN);
        return new CredentialValidationResult(profile.email(), groups);
    }
}
