package org.newsroom.web.rates.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.newsroom.news.audit.AuditLog;

/**
 * Rate decisions in the newsroom's audit log, beside the rate history that already keeps who and
 * why: the rates module cannot know the news module's log, so the web module, which knows both,
 * writes the entry after the rates desk has acted.
 */
@ApplicationScoped
public class RateAudit {

    public static final String OVERRIDE = "RATE_ENTERED";
    public static final String CONFIRMED = "RATE_CONFIRMED";
    public static final String REJECTED = "RATE_REJECTED";

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    public void record(String action, String currency, String detail) {
        String actor = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        audit.record(actor, action, "rate " + currency, detail);
    }
}
