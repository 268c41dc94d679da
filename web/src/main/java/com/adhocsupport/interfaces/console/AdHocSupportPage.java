package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.AdHocSessionService.NewSession;
import com.adhocsupport.application.InvalidInputException;
import com.adhocsupport.application.SessionSummary;
import com.adhocsupport.domain.session.ResendLimitReachedException;
import com.adhocsupport.domain.session.SessionRefusedException;
import com.adhocsupport.domain.session.SessionState;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

/**
 * Support > Ad Hoc Support: the invitation form, then the pending session (security code shown
 * once), then the active session with its connections and "End session now".
 */
@Named("adhoc")
@ViewScoped
public class AdHocSupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AdHocSessionService sessions;
    @Inject
    CurrentTechnician me;

    private String endUserEmail;
    private String password;
    private String confirmation;
    /** The code and link of the session just created: this view is the only place they appear. */
    private NewSession created;
    private String resentLink;
    private boolean confirmingEnd;
    private SessionSummary session;

    @PostConstruct
    void load() {
        session = sessions.openSession(me.id()).orElse(null);
    }

    public String start() {
        try {
            created = sessions.start(me.id(), endUserEmail, password, confirmation, Faces.remoteAddress());
            password = null;
            confirmation = null;
        } catch (SessionRefusedException e) {
            Faces.error(null, e.getRefusal().messageKey(), e.getLimit());
        } catch (InvalidInputException e) {
            Faces.error("adhoc-form:" + e.getField(), e.getMessageKey());
        }
        load();
        return null;
    }

    public String resend() {
        return act(() -> {
            try {
                resentLink = sessions.resendInvitation(me.id(), session.id(), Faces.remoteAddress());
                Faces.info("adhoc.resent");
            } catch (ResendLimitReachedException e) {
                Faces.error(null, "adhoc.resendLimit", minutesToWait(e.getWait()));
            }
        });
    }

    /** Whole minutes, rounded up, and at least one: "wait 0 minutes" would invite a useless retry. */
    static long minutesToWait(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    public String askToEnd() {
        confirmingEnd = true;
        return null;
    }

    public String keep() {
        confirmingEnd = false;
        return null;
    }

    /** "End session now" and "Cancel" (of a pending invitation). */
    public String end() {
        return act(() -> {
            sessions.end(me.id(), session.id(), Faces.remoteAddress());
            created = null;
            resentLink = null;
            confirmingEnd = false;
            Faces.info(session.state() == SessionState.PENDING ? "adhoc.cancelled" : "adhoc.ended");
        });
    }

    private String act(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            Faces.error(null, e.getMessageKey());
        } catch (AccessDeniedException e) {
            Faces.error(null, "error.forbidden");
        }
        load();
        return null;
    }

    public Optional<SessionSummary> getCurrent() {
        return Optional.ofNullable(session);
    }

    public boolean isPending() {
        return session != null && session.state() == SessionState.PENDING;
    }

    public boolean isActive() {
        return session != null && session.state() == SessionState.ACTIVE;
    }

    /** The security code, only in the view that created the session. */
    public NewSession getCreated() {
        return created != null && session != null && created.sessionId() == session.id() ? created : null;
    }

    public String getLinkToCopy() {
        if (resentLink != null) {
            return resentLink;
        }
        return getCreated() == null ? null : created.deploymentLink();
    }

    public String formattedCode() {
        String code = created.securityCode();
        return code.substring(0, 3) + " " + code.substring(3, 6) + " " + code.substring(6);
    }

    public boolean isConfirmingEnd() {
        return confirmingEnd;
    }

    public String getEndUserEmail() {
        return endUserEmail;
    }

    public void setEndUserEmail(String endUserEmail) {
        this.endUserEmail = endUserEmail;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
