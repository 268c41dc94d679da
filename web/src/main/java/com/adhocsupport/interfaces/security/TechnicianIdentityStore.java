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
 * A technician with a second factor is valid only once its code is: the password alone signs nobody in.
 */
@ApplicationScoped
public class TechnicianIdentityStore implements IdentityStore {

    @EJB
    SignInService signIns;
    @Inject
    HttpServletRequest request;
    @Inject
    SignInAttempt attempt;

    /** The password: signs in, or, for a technician with a second factor (or who must enrol), only notes the next step. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return answer(signIns.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr()));
    }

    /** The code after a verified password (or the first code of a second factor being switched on). */
    public CredentialValidationResult validate(SecondFactorCredential credential) {
        String source = request.getRemoteAddr();
        return answer(credential.secretToEnrol() == null
                ? signIns.secondStep(credential.email(), credential.code(), source)
                : signIns.enrolAndSignIn(credential.email(), credential.secretToEnrol(), credential.code(), source));
    }

    private CredentialValidationResult answer(SignInResult result) {
        if (result instanceof SignInResult.SignedIn signedIn) {
            attempt.enrolled(signedIn.newRecoveryCodes());
            return valid(signedIn.technician());
        }
        if (result instanceof SignInResult.Waiting waiting) {
            attempt.mustWait(waiting.retryAfter());
        } else if (result instanceof SignInResult.SecondStep step) {
            attempt.secondStepNeeded(step);
        } else if (result instanceof SignInResult.CodeRefused refused) {
            attempt.codeRefused(refused.reused());
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
