package com.adhocsupport.application.throttle;

/**
 * What is counted per source address; each rate is the setting {@code adhoc.throttle.<key>}, its
 * default in adhoc-defaults.properties.
 */
public enum Throttled {
    /** Failed console sign-ins from one address, whatever the e-mail. */
    SIGN_IN("sign-in"),
    /**
     * Failed sign-ins at one e-mail from one address: the account's lockout applies to that address
     * only, so nobody elsewhere can keep a technician out. Its rate is {@code adhoc.password.*}.
     */
    SIGN_IN_ACCOUNT(null),
    /** Refused security codes (wrong code, dead link) from one address, across sessions. */
    SECURITY_CODE("security-code"),
    /** Deployment-link look-ups of unknown or dead links from one address. */
    DEPLOYMENT_LINK("deployment-link"),
    /** Wrong access passwords at the connection prompt from one address, across sessions. */
    ACCESS_PASSWORD("access-password"),
    /** WebSocket handshakes of agents and connection workers ({@code /ws/agent}, {@code /ws/stream}). */
    HANDSHAKE("handshake"),
    /** Messages on agent and worker connections that have not proven themselves yet. */
    UNADMITTED_MESSAGE("unadmitted-message");

    private final String key;

    Throttled(String key) {
        this.key = key;
    }

    /** The setting's name, {@code adhoc.throttle.<key>}; null for the one with settings of its own. */
    public String key() {
        return key;
    }
}
