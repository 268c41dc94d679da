package com.adhocsupport.domain.session;

import java.io.Serializable;
import java.time.Duration;

/**
 * The configurable limits of ad hoc support (their defaults are settings: adhoc-defaults.properties).
 *
 * @param sessionLifetime how long a session stays active after activation
 * @param invitationLifetime how long an unused invitation stays valid
 * @param perTechnician open sessions (pending or active) one technician may have
 * @param perCompany open sessions one company may have
 */
public record SessionLimits(Duration sessionLifetime, Duration invitationLifetime, int perTechnician, int perCompany)
        implements Serializable {
}
