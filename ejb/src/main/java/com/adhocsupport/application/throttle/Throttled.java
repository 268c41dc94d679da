package com.adhocsupport.application.throttle;

import java.time.Duration;

/**
 * What is counted per source address, and its default rate (docs/protocol.md and README's
 * configuration table state them; each can be changed with {@code adhoc.throttle.<key>}).
 */
public enum Throttled {
    /** Failed console sign-ins from one address, whatever the e-mail. */
    SIGN_IN("sign-in", new Rate(20, Duration.ofMinutes(15))),
    /**
     * Failed sign-ins at one e-mail from one address: the account's lockout applies to that address
     * only, so nobody elsewhere can keep a technician out. Its rate is {@code adhoc.password.*}.
     */
    SIGN_IN_ACCOUNT(null, null),
    /** Refused security codes (wrong code, dead link) from one address, across sessions. */
    SECURITY_CODE("security-code", new Rate(20, Duration.ofMinutes(15))),
    /** Deployment-link look-ups of unknown or dead links from one address. */
    DEPLOYMENT_LINK("deployment-link", new Rate(20, Duration.ofMinutes(15))),
    /** Wrong access passwords at the connection prompt from one address, across sessions. */
    ACCESS_PASSWORD("access-password", new Rate(20, Duration.ofMinutes(15))),
    /** WebSocket handshakes of agents and connection workers ({@code /ws/agent}, {@code /ws/stream}). */
    HANDSHAKE("handshake", new Rate(120, Duration.ofMinutes(1))),
    /** Messages on agent and worker connections that have not proven themselves yet. */
    UNADMITTED_MESSAGE("unadmitted-message", new Rate(120, Duration.ofMinutes(1)));

    private final String key;
    private final Rate defaultRate;

    Throttled(String key, Rate defaultRate) {
        this.key = key;
        this.defaultRate = defaultRate;
    }

    /** The setting's name, {@code adhoc.throttle.<key>}; null for the one with settings of its own. */
    public String key() {
        return key;
    }

    public Rate defaultRate() {
        return defaultRate;
    }
}
