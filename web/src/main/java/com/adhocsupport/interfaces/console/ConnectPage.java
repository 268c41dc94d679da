package com.adhocsupport.interfaces.console;

import com.adhocsupport.application.AccessDeniedException;
import com.adhocsupport.application.AdHocSessionService;
import com.adhocsupport.application.ConnectionAuthorization;
import com.adhocsupport.application.ConnectionService;
import com.adhocsupport.application.SessionSummary;
import com.adhocsupport.domain.session.Feature;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The entry to Remote Control, File Manager and Dashboard: the access password (checked on the
 * server, rate-limited, audited) and "Start chat with the user after login"; once it is right,
 * the page shows the viewer with the connection's one-time ticket.
 */
@Named("connect")
@ViewScoped
public class ConnectPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ConnectionService connections;
    @EJB
    AdHocSessionService sessions;
    @Inject
    CurrentTechnician me;

    private Long sessionId;
    private String feature;
    /** "computers" when the technician came from the Computers page, where Back leads then. */
    private String from;
    private String password;
    private boolean startChat;
    /** Set once the password was right: the viewer opens the connection with it, once. */
    private String ticket;
    private SessionSummary session;

    /** Loads the session named in the address; another company's session is simply not found. */
    public void load() {
        if (sessionId == null || parsedFeature().isEmpty()) {
            Faces.error(null, "connect.unknown");
            return;
        }
        try {
            session = sessions.session(me.id(), sessionId);
        } catch (AccessDeniedException e) {
            Faces.error(null, "connect.unknown");
        }
    }

    public String authorize() {
        if (session == null) {
            return null;
        }
        ConnectionAuthorization answer;
        try {
            answer = connections.authorize(me.id(), sessionId, parsedFeature().orElseThrow(), password, startChat,
                    Faces.remoteAddress());
        } catch (AccessDeniedException e) {
            // a form posted with a session the technician's company does not have: as if it did not exist
            session = null;
            Faces.error(null, "connect.unknown");
            return null;
        } finally {
            password = null;
        }
        if (answer instanceof ConnectionAuthorization.Granted granted) {
            ticket = granted.ticket();
        } else if (answer instanceof ConnectionAuthorization.Waiting waiting) {
            Faces.mustWait(waiting.retryAfter(), "connect-form:password", "connect.throttled");
        } else {
            Faces.error("connect-form:password", ((ConnectionAuthorization.Refused) answer).messageKey());
        }
        return null;
    }

    private Optional<Feature> parsedFeature() {
        try {
            return Optional.of(Feature.valueOf(String.valueOf(feature)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Back to the page the technician came from: Computers, or else Ad Hoc Support. */
    public String getBackOutcome() {
        return "computers".equals(from) ? "/app/computers" : "/app/adhoc";
    }

    public SessionSummary getSession() {
        return session;
    }

    public boolean isAuthorized() {
        return ticket != null;
    }

    public String getTicket() {
        return ticket;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public String getFeature() {
        return feature;
    }

    public void setFeature(String feature) {
        this.feature = feature;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isStartChat() {
        return startChat;
    }

    public void setStartChat(boolean startChat) {
        this.startChat = startChat;
    }
}
