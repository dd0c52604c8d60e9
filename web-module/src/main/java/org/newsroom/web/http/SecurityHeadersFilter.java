package org.newsroom.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response carries, readers' and staff's, pages, API, feeds and images alike. Declared
 * first in web.xml, before the page cache, so cached pages carry them too (the cache keeps each page's
 * policy with its nonce).
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean staff = request.getRequestURI().startsWith(request.getContextPath() + "/newsroom");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(CSP, ContentSecurityPolicy.forPage(staff, null));
        if (PublicOrigin.current().https()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (staff) {
            // Staff pages show drafts: no shared cache may keep them, nor the browser's back-forward cache after sign-out.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new PolicyKeepingResponse(response, staff));
    }

    /** Turns PrimeFaces' script-only policy into the complete one, with its nonce. */
    private static final class PolicyKeepingResponse extends HttpServletResponseWrapper {

        private final boolean staff;

        PolicyKeepingResponse(HttpServletResponse response, boolean staff) {
            super(response);
            this.staff = staff;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, complete(name, value));
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, complete(name, value));
            } else {
                super.addHeader(name, value);
            }
        }

        private String complete(String name, String value) {
            if (!CSP.equalsIgnoreCase(name) || value == null || value.startsWith("default-src")) {
                return value;
            }
            return ContentSecurityPolicy.forPage(staff, ContentSecurityPolicy.nonceIn(value).orElse(null));
        }
    }
}
