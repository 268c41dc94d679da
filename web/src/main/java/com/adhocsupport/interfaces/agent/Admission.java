package com.adhocsupport.interfaces.agent;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection's way to admission (see {@link AdmissionControl}): it holds a waiting place
 * from its opening until it is admitted or closed, whichever comes first, and is closed when its
 * deadline passes first.
 */
final class Admission {

    private final AdmissionControl control;
    private final Session connection;
    private final String source;
    /** True while this connection holds one of the waiting places. */
    private final AtomicBoolean holding = new AtomicBoolean();
    private volatile boolean admitted;
    private volatile ScheduledFuture<?> deadline;
    private int messages;

    Admission(AdmissionControl control, Session connection, String source) {
        this.control = control;
        this.connection = connection;
        this.source = source;
    }

    void waitUntil(ScheduledFuture<?> deadline) {
        holding.set(true);
        this.deadline = deadline;
    }

    void refuse(CloseReason reason) {
        AgentMessages.closeQuietly(connection, reason);
    }

    boolean isAdmitted() {
        return admitted;
    }

    /** A complete message arrived: true when it may be handled, false when the connection was closed for it. */
    boolean allowsMessage() {
        if (admitted) {
            return true;
        }
        Optional<CloseReason> refusal = control.unadmittedMessage(source, ++messages);
        refusal.ifPresent(this::refuse);
        return refusal.isEmpty();
    }

    /** The connection proved itself: the bounds for waiting connections no longer apply. */
    void admit() {
        admitted = true;
        if (deadline != null) {
            deadline.cancel(false);
        }
        releasePlace();
    }

    void closed() {
        if (deadline != null) {
            deadline.cancel(false);
        }
        releasePlace();
    }

    void deadlinePassed() {
        if (!admitted) {
            refuse(AdmissionControl.NOT_ADMITTED);
        }
    }

    private void releasePlace() {
        if (holding.compareAndSet(true, false)) {
            control.release(source);
        }
    }
}
