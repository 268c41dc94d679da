package com.adhocsupport.domain.session;

/** Why a technician cannot start a new session; each has a message key for the console. */
public enum StartRefusal {
    TRIAL_PLAN("refusal.trialPlan"),
    SESSION_ALREADY_OPEN("refusal.sessionAlreadyOpen"),
    COMPANY_LIMIT_REACHED("refusal.companyLimitReached"),
    NO_FREE_SEAT("refusal.noFreeSeat"),
    TECHNICIAN_INACTIVE("refusal.technicianInactive");

    private final String messageKey;

    StartRefusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
