package com.adhocsupport.domain.session;

/** A rule forbids starting a session; nothing was written. */
public class SessionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StartRefusal refusal;
    private final int limit;

    public SessionRefusedException(StartRefusal refusal) {
        this(refusal, 0);
    }

    /** @param limit the configured limit that was reached, for the message */
    public SessionRefusedException(StartRefusal refusal, int limit) {
        super(refusal.name());
        this.refusal = refusal;
        this.limit = limit;
    }

    public int getLimit() {
        return limit;
    }

    public StartRefusal getRefusal() {
        return refusal;
    }
}
