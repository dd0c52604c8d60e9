package org.newsroom.web.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every response. Scripts come only from the site itself, plus inline
 * scripts carrying the page's nonce: PrimeFaces (with {@code primefaces.CSP} on) renders its widget
 * scripts with one, and states it in its own, script-only policy header, which
 * {@link SecurityHeadersFilter} replaces with this complete one, keeping the nonce.
 *
 * <p>Readers' pages need no inline style either. Staff pages allow inline styles: PrimeFaces' components
 * position dialogs, overlays and the editor with style attributes (no script can be injected that way).
 */
final class ContentSecurityPolicy {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String COMMON = "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private ContentSecurityPolicy() {
    }

    /** @param nonce the page's script nonce, or null when it has none */
    static String forPage(boolean staffPage, String nonce) {
        String scripts = "script-src 'self'" + (nonce == null ? "" : " 'nonce-" + nonce + "'");
        String styles = staffPage ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'";
        return COMMON + "; " + scripts + "; " + styles;
    }

    /** The nonce a policy (PrimeFaces' own) names, if any. */
    static Optional<String> nonceIn(String policy) {
        Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }
}
