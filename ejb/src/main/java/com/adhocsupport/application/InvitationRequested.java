package com.adhocsupport.application;

import java.time.Instant;
import java.util.Locale;

/**
 * An invitation e-mail to send once the transaction that created (or renewed) its link commits.
 * It carries the only copy of the deployment link: the database keeps just its hash.
 */
public record InvitationRequested(long sessionId, String endUserEmail, String deploymentLink, String technicianName,
        String technicianEmail, String companyName, Instant validUntil, Locale locale) {

    @Override
    public String toString() {
        return "InvitationRequested[session " + sessionId + "]";
    }
}
