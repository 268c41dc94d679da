package com.adhocsupport.application;

import com.adhocsupport.application.SecondFactors.Enrolment;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * A signed-in technician's second factor from their profile (switch it on, see how many recovery
 * codes remain, switch it off unless the company requires it), and an administrator's reset of
 * another technician's. Nobody reads a secret back once it is on.
 */
@Stateless
public class SecondFactorService {

    @Inject
    TechnicianRepository technicians;
    @Inject
    SecondFactors secondFactors;

    /** Whether the technician has a second factor, the recovery codes left, and whether the company requires one. */
    public record Status(boolean on, int recoveryCodesLeft, boolean required) {
    }

    public Status status(long technicianId) {
        Technician technician = active(technicianId);
        return new Status(technician.hasSecondFactor(), technician.getRecoveryCodeHashes().size(),
                technician.getCompany().requiresSecondFactor());
    }

    /**
     * A new secret to show the technician (signed in, or whose password was just right); nothing
     * is stored until they confirm it with a code.
     */
    public Enrolment newEnrolment(String email) {
        return secondFactors.newEnrolment(technicians.findByEmail(email).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + email)));
    }

    /** Switches the second factor on with the secret the technician was shown; returns the ten recovery codes. */
    public List<String> turnOn(long technicianId, String secret, String code, String source) {
        Technician technician = locked(technicianId);
        if (technician.hasSecondFactor()) {
            throw new InvalidInputException("code", "secondFactor.alreadyOn");
        }
        return secondFactors.turnOn(technician, secret, code, source)
                .orElseThrow(() -> new InvalidInputException("code", "secondFactor.wrongCode"));
    }

    /** The technician switches their own second factor off, with a code, unless the company requires one. */
    public void turnOff(long technicianId, String code, String source) {
        Technician technician = locked(technicianId);
        if (technician.getCompany().requiresSecondFactor()) {
            throw new InvalidInputException("code", "secondFactor.requiredByCompany");
        }
        SecondFactors.Check check = secondFactors.check(technician, code);
        if (!check.accepted()) {
            throw new InvalidInputException("code", check == SecondFactors.Check.REUSED ? "secondFactor.reused" : "secondFactor.wrongCode");
        }
        secondFactors.turnOff(technician, technician.getEmail(), AuditAction.SECOND_FACTOR_OFF, source);
    }

    /** An administrator takes another technician's second factor away (they enrol again at their next sign-in or from their profile). */
    public void reset(long adminId, long technicianId, String source) {
        Technician admin = technicians.find(adminId).filter(Technician::isActive).filter(Technician::isAdministrator)
                .orElseThrow(() -> new AccessDeniedException("administration"));
        Technician technician = technicians.lock(technicianId).filter(t -> t.belongsTo(admin.getCompany()))
                .filter(t -> !t.getId().equals(admin.getId()))
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
        if (technician.hasSecondFactor()) {
            secondFactors.turnOff(technician, admin.getEmail(), AuditAction.SECOND_FACTOR_RESET, source);
        }
    }

    private Technician active(long technicianId) {
        return technicians.find(technicianId).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
    }

    private Technician locked(long technicianId) {
        return technicians.lock(technicianId).filter(Technician::isActive)
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
    }
}
