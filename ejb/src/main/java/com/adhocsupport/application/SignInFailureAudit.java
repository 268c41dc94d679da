package com.adhocsupport.application;

import com.adhocsupport.domain.audit.AuditAction;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Audits failed sign-ins and the lockouts they cause after the answer has gone, in a transaction
 * of their own: only failures at a known account are written, and waiting for that write would
 * let the answer's time tell which e-mails have an account.
 */
@Stateless
public class SignInFailureAudit {

    @Inject
    AuditTrail audit;

    @Asynchronous
    public void record(long companyId, String email, AuditAction action, String detail, String source) {
        audit.recordAccount(companyId, email, action, detail, source);
    }
}
