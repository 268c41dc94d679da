package com.adhocsupport.domain.company;

/**
 * Subscription plans, old and current, and the features each one includes: every plan but the
 * trial has Ad Hoc Support; legacy Basic has Remote Control only.
 */
public enum Plan {
    TRIAL, BASE, LEGACY_BASIC, LEGACY_PLUS, LEGACY_PREMIER;

    public boolean allowsAdHocSupport() {
        return this != TRIAL;
    }

    public boolean includesFileManager() {
        return this == BASE || isLegacyPremium();
    }

    /** Base needs the Insight module for the dashboard; the legacy premium plans include it. */
    public boolean includesDashboard(boolean insightModule) {
        return isLegacyPremium() || (this == BASE && insightModule);
    }

    private boolean isLegacyPremium() {
        return this == LEGACY_PLUS || this == LEGACY_PREMIER;
    }
}
