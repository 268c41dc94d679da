package com.adhocsupport.application;

import com.adhocsupport.domain.computer.Computer;
import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.EndReason;
import com.adhocsupport.domain.session.SessionState;
import java.io.Serializable;
import java.time.Instant;

/** What the console shows of a session and its PC, detached from persistence. */
public record SessionSummary(long id, SessionState state, EndReason endReason, String endUserEmail,
        String technicianName, Instant createdAt, Instant emailSentAt, Instant activatedAt, Instant expiresAt,
        Instant endedAt, ComputerSummary computer) implements Serializable {

    /** The PC of an activated session. */
    public record ComputerSummary(long id, String name, String osName, boolean online, Instant onlineSince,
            Instant lastOnline) implements Serializable {

        static ComputerSummary of(Computer c) {
            return c == null ? null : new ComputerSummary(c.getId(), c.getName(), c.getOsName(), c.isOnline(),
                    c.getOnlineSince(), c.getLastOnline());
        }
    }

    static SessionSummary of(AdHocSession s, Computer computer) {
        return new SessionSummary(s.getId(), s.getState(), s.getEndReason(), s.getEndUserEmail(),
                s.getTechnician().getDisplayName(), s.getCreatedAt(), s.getEmailSentAt(), s.getActivatedAt(),
                s.getExpiresAt(), s.getEndedAt(), ComputerSummary.of(computer));
    }
}
