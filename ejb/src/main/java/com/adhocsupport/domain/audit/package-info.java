/** The audit trail: who did what to which session, when and from where. */
package com.adhocsupport.domain.audit;
