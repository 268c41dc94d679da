package com.adhocsupport.domain.session;

import java.time.Duration;

/**
 * The configurable limits of ad hoc support; the defaults are the product's.
 *
 * @param sessionLifetime how long a session stays active after activation
 * @param invitationLifetime how long an unused invitation stays valid
 * @param perTechnician open sessions (pending or active) one technician may have
 * @param perCompany open sessions one company may have
 */
public record SessionLimits(Duration sessionLifetime, Duration invitationLifetime, int perTechnician, int perCompany) {

    public static final SessionLimits DEFAULTS = new SessionLimits(Duration.ofHours(24), Duration.ofHours(24), 1, 5);
}
