package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AdministrationService;
import com.adhocsupport.application.AuditEntry;
import com.adhocsupport.domain.audit.AuditAction;
import com.adhocsupport.domain.audit.AuditFilter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Administration > Audit log: who did what, filtered (on the server) by technician, kind of event, session and date. */
@Named("audit")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AdministrationService administration;
    @Inject
    CurrentTechnician me;

    private String actor;
    private AuditAction action;
    private Long sessionId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEntry> events;
    private List<String> actors;

    @PostConstruct
    void load() {
        actors = administration.auditActors(me.id());
        search();
    }

    public String search() {
        events = administration.audit(me.id(), new AuditFilter(actor == null || actor.isBlank() ? null : actor, action, sessionId,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        return null;
    }

    public boolean isTruncated() {
        return events.size() >= AdministrationService.AUDIT_PAGE;
    }

    /** Every kind of event, for the filter. */
    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public List<AuditEntry> getEvents() {
        return events;
    }

    public List<String> getActors() {
        return actors;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
