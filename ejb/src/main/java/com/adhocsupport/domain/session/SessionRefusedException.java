package com.adhocsupport.domain.session;

/** A rule forbids starting a session; nothing was written. */
public class SessionRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final StartRefusal refusal;

    public SessionRefusedException(StartRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public StartRefusal getRefusal() {
        return refusal;
    }
}
