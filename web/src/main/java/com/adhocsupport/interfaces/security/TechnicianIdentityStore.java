package com.adhocsupport.interfaces.security;

import com.adhocsupport.application.AccountService;
import com.adhocsupport.application.TechnicianProfile;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates console logins against the technicians (PBKDF2 hashes, lockout after repeated failures). */
@ApplicationScoped
public class TechnicianIdentityStore implements IdentityStore {

    @EJB
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(credential.getCaller(), credential.getPasswordAsString())
                .map(TechnicianIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(TechnicianProfile profile) {
        Set<String> groups = profile.isAdministrator()
                ? Set.of(ConsoleSecurity.TECHNICIAN, ConsoleSecurity.ADMINISTRATOR)
                : Set.of(ConsoleSecurity.TECHNICIAN);
        return new CredentialValidationResult(profile.email(), groups);
    }
}
