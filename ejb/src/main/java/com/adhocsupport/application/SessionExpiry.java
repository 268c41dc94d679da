package com.adhocsupport.application;

import com.adhocsupport.domain.session.AdHocSession;
import com.adhocsupport.domain.session.AdHocSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** A session's deadline came: the use case the expiry timer runs. */
@Stateless
public class SessionExpiry {

    @Inject
    AdHocSessionRepository sessions;
    @Inject
    SessionCloser closer;

    /**
     * Ends the session if its deadline has passed.
     *
     * @return the deadline of a session that is still open, so an early timer can try again
     */
    public Optional<Instant> expireIfDue(long sessionId) {
        return sessions.lock(sessionId).filter(closer::isOpenOrClose).map(AdHocSession::deadline);
    }
}
