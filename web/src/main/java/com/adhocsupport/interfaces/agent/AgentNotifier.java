package com.adhocsupport.interfaces.agent;

import com.adhocsupport.application.SessionEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * As soon as a session's end is committed, every node tells the PC if its agent is connected
 * there and closes the session's remote connections it holds. Should that message be lost, the
 * node holding the PC's connection finds the end at its next presence round ({@link AgentPresence}).
 */
@ApplicationScoped
public class AgentNotifier {

    @Inject
    ClusterDispatch cluster;

    void sessionEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionEnded ended) {
        cluster.endSession(ended.sessionId(), ended.reason());
    }
}
