package org.newsroom.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a state-changing staff request may have been forged by another page the browser had open
 * (cross-site, or same-site from another port or subdomain). Browsers say where a request comes from
 * ({@code Sec-Fetch-Site}, {@code Origin}), and a page elsewhere cannot make them lie; the JSON API also
 * needs a header no form, beacon or "no-cors" fetch can send ({@value #API_HEADER}), which a page
 * elsewhere could only add after a CORS preflight that this site never grants. Faces forms are
 * protected by their ViewState besides; the sign-in form by its own token ({@link SignInForm}).
 * Tools without a browser (curl, scripts) send neither Origin nor Sec-Fetch-Site and pass on the header.
 */
public final class ForgedRequests {

    static final String API_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_FETCH_SITES = Set.of("same-origin", "none");

    private ForgedRequests() {
    }

    /** Why the request is refused, or empty when it may go ahead. */
    public static Optional<String> refusal(HttpServletRequest request) {
        PublicOrigin publicOrigin = PublicOrigin.current();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        return refusal(request.getMethod(), request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"),
                request.getHeader(API_HEADER), api, publicOrigin.requestOrigin(request), publicOrigin.fixedOrigin());
    }

    /**
     * @param ownOrigin    "scheme://host[:port]" the request was sent to
     * @param publicOrigin the configured public origin, or null
     */
    static Optional<String> refusal(String method, String fetchSite, String origin, String apiHeader, boolean api,
                                    String ownOrigin, String publicOrigin) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (fetchSite != null && !OWN_FETCH_SITES.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("This request came from another site (" + fetchSite.strip() + "); staff actions are"
                    + " only taken from Newsroom's own pages.");
        }
        if (origin != null) {
            String from = origin.strip().toLowerCase(Locale.ROOT);
            if (!from.equals(ownOrigin.toLowerCase(Locale.ROOT))
                    && (publicOrigin == null || !from.equals(publicOrigin.toLowerCase(Locale.ROOT)))) {
                return Optional.of("This request came from " + origin.strip() + ", not from Newsroom's own pages.");
            }
        }
        if (api && (apiHeader == null || apiHeader.isBlank())) {
            return Optional.of("Staff API calls that change something carry the header " + API_HEADER
                    + " (any value), which forged cross-site requests cannot.");
        }
        return Optional.empty();
    }
}
