package com.adhocsupport.application;

import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import java.io.Serializable;
import java.util.Locale;

/**
 * Who is signed in to the console, detached from persistence; {@code locale} is null until they choose one,
 * {@code secondFactor} says whether they sign in with a code too.
 */
public record TechnicianProfile(long id, String email, String displayName, Role role, boolean fullRemoteControl,
        boolean active, Locale locale, long companyId, String companyName, boolean secondFactor) implements Serializable {

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    static TechnicianProfile of(Technician t) {
        return new TechnicianProfile(t.getId(), t.getEmail(), t.getDisplayName(), t.getRole(), t.hasFullRemoteControl(),
                t.isActive(), t.getChosenLocale(), t.getCompany().getId(), t.getCompany().getName(), t.hasSecondFactor());
    }
}
