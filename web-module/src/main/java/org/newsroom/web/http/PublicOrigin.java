package org.newsroom.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.news.settings.Settings;

/**
 * Where readers reach the site, which every absolute link (canonical, OpenGraph, JSON-LD, feeds,
 * sitemaps, the API) is built from. Configured, it is fixed ({@value #URL_VARIABLE}, e.g.
 * {@code https://news.example.kz}): a request's Host header then changes nothing a reader gets.
 * Unset (the Run command, tests), it is the address the request came to; the page cache then keeps a
 * page per address, so a forged Host only ever reaches the one who forged it.
 *
 * <p>{@code X-Forwarded-Proto}/{@code X-Forwarded-Host} are believed only from the front ends named
 * in {@value #TRUSTED_PROXIES_VARIABLE}; from anyone else they are anybody's words.
 */
public final class PublicOrigin {

    public static final String URL_VARIABLE = "NEWSROOM_PUBLIC_URL";
    public static final String TRUSTED_PROXIES_VARIABLE = "NEWSROOM_TRUSTED_PROXIES";

    private static volatile PublicOrigin current = from(Settings.fromConfig());

    /** "scheme://host[:port]/path" without a trailing slash, or null: taken from each request. */
    private final String fixedBase;
    private final Set<String> trustedProxies;

    PublicOrigin(String fixedBase, Set<String> trustedProxies) {
        this.fixedBase = fixedBase;
        this.trustedProxies = trustedProxies;
    }

    public static PublicOrigin current() {
        return current;
    }

    /**
     * Reads and checks both settings.
     *
     * @throws IllegalArgumentException naming the variable at fault
     */
    static PublicOrigin fromEnvironment(Map<String, String> environment) {
        return from(Settings.of(environment));
    }

    static PublicOrigin from(Settings settings) {
        String url = settings.text(URL_VARIABLE);
        String fixed = null;
        if (url != null) {
            fixed = checkedBase(url);
        }
        String proxies = settings.text(TRUSTED_PROXIES_VARIABLE, "");
        return new PublicOrigin(fixed, Arrays.stream(proxies.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    private static String checkedBase(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null || uri.getUserInfo() != null) {
                throw new IllegalArgumentException(URL_VARIABLE + " must be an http or https address such as"
                        + " https://news.example.kz (no query, no fragment), not " + url);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
            return SiteAddresses.origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort()) + path;
        } catch (URISyntaxException unreadable) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not an address: " + url, unreadable);
        }
    }

    /** Whether the public address is configured (and so never taken from a request). */
    public boolean fixed() {
        return fixedBase != null;
    }

    /** Whether readers reach the site over HTTPS: cookies get Secure, responses HSTS. */
    public boolean https() {
        return fixedBase != null && fixedBase.startsWith("https:");
    }

    /** The site's base address for this request: "scheme://host[:port]/context". */
    public String base(HttpServletRequest request) {
        return fixedBase != null ? fixedBase : requestOrigin(request) + request.getContextPath();
    }

    /** "scheme://host[:port]" as this request reached us (through a trusted front end, as it says). */
    public String requestOrigin(HttpServletRequest request) {
        if (trustedProxies.contains(request.getRemoteAddr())) {
            String proto = firstValue(request.getHeader("X-Forwarded-Proto"));
            String host = firstValue(request.getHeader("X-Forwarded-Host"));
            if (host != null) {
                String scheme = proto == null ? request.getScheme() : proto;
                return scheme.toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT);
            }
        }
        return SiteAddresses.origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** "scheme://host[:port]" of the configured public address, or null when none is. */
    public String fixedOrigin() {
        if (fixedBase == null) {
            return null;
        }
        URI uri = URI.create(fixedBase);
        return SiteAddresses.origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** The path of the configured public address ("" for its root), or null when none is configured. */
    public String fixedPath() {
        return fixedBase == null ? null : URI.create(fixedBase).getRawPath();
    }

    /** What a cached page depends on beyond its path: nothing when fixed, else the address it was built for. */
    public String cacheKeyPart(HttpServletRequest request) {
        return fixedBase != null ? "" : requestOrigin(request);
    }

    private static String firstValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].strip();
    }
}
