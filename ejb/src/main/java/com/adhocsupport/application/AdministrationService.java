package com.adhocsupport.application;

import com.adhocsupport.application.config.AdHocSettings;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditEvent;
import com.adhocsupport.domain.audit.AuditFilter;
import com.adhocsupport.domain.audit.AuditRepository;
import com.adhocsupport.domain.company.Company;
import com.adhocsupport.domain.company.CompanyRepository;
import com.adhocsupport.domain.company.Plan;
import com.adhocsupport.domain.company.Seats;
import com.adhocsupport.domain.recording.RecordingPolicy;
import com.adhocsupport.domain.recording.RecordingSettings;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import com.adhocsupport.domain.technician.Role;
import com.adhocsupport.domain.technician.Technician;
import com.adhocsupport.domain.technician.TechnicianRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Account administration: technicians, plan and seats, and the audit log. Every method checks
 * that the caller is an administrator and touches only the caller's company.
 */
@Stateless
public class AdministrationService {

    /** The audit view shows at most this many events per search. */
    public static final int AUDIT_PAGE = 500;

    @Inject
    TechnicianRepository technicians;
    @Inject
    CompanyRepository companies;
    @Inject
    AdHocSessionRepository sessions;
    @Inject
    AuditRepository auditEvents;
    @Inject
    AuditTrail audit;
    @Inject
    AdHocSettings settings;
    @EJB
    AccountService accounts;

    public List<TechnicianProfile> technicians(long adminId) {
        Technician admin = admin(adminId);
        return technicians.findByCompany(admin.getCompany()).stream().map(TechnicianProfile::of).toList();
    }

    public long addTechnician(long adminId, String email, String name, String password, Role role,
            boolean fullRemoteControl, String source) {
        Technician admin = admin(adminId);
        long id = accounts.addTechnician(admin.getCompany().getId(), email, name, password, role, fullRemoteControl);
        audit.recordAccount(admin.getCompany().getId(), admin.getEmail(), AuditAction.TECHNICIAN_CHANGED,
                "added " + email + " as " + role, source);
        return id;
    }

    /** Changes role, permission and status; administrators cannot demote or deactivate themselves. */
    public void updateTechnician(long adminId, long technicianId, Role role, boolean fullRemoteControl, boolean active,
            String source) {
        Technician admin = admin(adminId);
        Technician technician = technicians.find(technicianId)
                .filter(t -> t.belongsTo(admin.getCompany()))
                .orElseThrow(() -> new AccessDeniedException("technician " + technicianId));
        if (technician.getId().equals(admin.getId()) && (role != Role.ADMINISTRATOR || !active)) {
            throw new InvalidInputException("role", "input.technician.notYourself");
        }
        String before = technician.getRole() + (technician.hasFullRemoteControl() ? ", full remote control" : "")
                + (technician.isActive() ? "" : ", deactivated");
        technician.changeRole(role);
        technician.grantFullRemoteControl(fullRemoteControl);
        if (active) {
            technician.reactivate();
        } else {
            technician.deactivate();
        }
        audit.recordAccount(admin.getCompany().getId(), admin.getEmail(), AuditAction.TECHNICIAN_CHANGED,
                technician.getEmail() + ": " + before + " \u2192 " + role + (fullRemoteControl ? ", full remote control" : "")
                        + (active ? "" : ", deactivated"), source);
    }

    public AccountSummary account(long adminId) {
        Company company = admin(adminId).getCompany();
        return new AccountSummary(company.getName(), company.getPlan(), company.hasInsightModule(), company.getSeats(),
                sessions.countOpen(company), settings.limits(), company.requiresSecondFactor(), company.getRecordingSettings());
    }

    public void changePlan(long adminId, Plan plan, boolean insightModule, int seats, String source) {
        Technician admin = admin(adminId);
        Seats allowed = InvalidInputException.valueOrThrow("seats", () -> new Seats(seats));
        Company company = companies.lock(admin.getCompany().getId());
        String before = planDetail(company.getPlan(), company.hasInsightModule(), company.getSeats());
        company.changePlan(plan, insightModule, allowed);
        audit.recordAccount(company.getId(), admin.getEmail(), AuditAction.ACCOUNT_CHANGED,
                before + " \u2192 " + planDetail(plan, insightModule, seats), source);
    }

    /** Whether every technician of the company must sign in with a second factor (from their next sign-in). */
    public void requireSecondFactor(long adminId, boolean required, String source) {
        Technician admin = admin(adminId);
        Company company = companies.lock(admin.getCompany().getId());
        if (company.requiresSecondFactor() != required) {
            company.requireSecondFactor(required);
            audit.recordAccount(company.getId(), admin.getEmail(), AuditAction.ACCOUNT_CHANGED,
                    "second factor " + (required ? "required" : "optional"), source);
        }
    }

    /** Whether Remote Control connections are recorded (and the PC's user told), for how many days, and who plays them. */
    public void changeRecording(long adminId, RecordingPolicy policy, int retentionDays, boolean ownPlayback, String source) {
        Technician admin = admin(adminId);
        RecordingSettings changed = InvalidInputException.valueOrThrow("retention",
                () -> new RecordingSettings(policy, retentionDays, ownPlayback));
        Company company = companies.lock(admin.getCompany().getId());
        String before = company.getRecordingSettings().describe();
        if (!before.equals(changed.describe())) {
            company.changeRecording(changed);
            audit.recordAccount(company.getId(), admin.getEmail(), AuditAction.ACCOUNT_CHANGED,
                    "recording: " + before + " \u2192 " + changed.describe(), source);
        }
    }

    private static String planDetail(Plan plan, boolean insightModule, int seats) {
        return plan + (insightModule ? " + Insight" : "") + ", " + seats + " seats";
    }

    /** The newest events of the administrator's company that pass the filter, at most {@link #AUDIT_PAGE}. */
    public List<AuditEntry> audit(long adminId, AuditFilter filter) {
        Technician admin = admin(adminId);
        return auditEvents.search(admin.getCompany().getId(), filter, AUDIT_PAGE).stream().map(AuditEntry::of).toList();
    }

    /** Who acts in the audit log of the administrator's company: its technicians, the agent and the system. */
    public List<String> auditActors(long adminId) {
        List<String> actors = new ArrayList<>(technicians(adminId).stream().map(TechnicianProfile::email).toList());
        actors.add(AuditEvent.AGENT);
        actors.add(AuditEvent.SYSTEM);
        return actors;
    }

    private Technician admin(long adminId) {
        return technicians.find(adminId).filter(Technician::isActive).filter(Technician::isAdministrator)
                .orElseThrow(() -> new AccessDeniedException("administration"));
    }
}
