package org.newsroom.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.newsroom.news.edition.Edition;

/**
 * The one place that knows the public site's absolute addresses (feeds, sitemaps and the JSON API
 * hand them out): an article is at {@code {context}/article.xhtml?slug={slug}} until the site gets
 * prettier URLs, which then change here only. The base is {@link PublicOrigin}'s: the configured
 * public address, or else the address the request came to.
 */
public final class SiteAddresses {

    private final String base;
    private final String contextPath;
    private final Edition edition;

    /**
     * @param origin      "scheme://host[:port]", no trailing slash
     * @param contextPath "" for the root context, else "/name"
     */
    public SiteAddresses(String origin, String contextPath) {
        this(origin + (contextPath == null ? "" : contextPath), contextPath == null ? "" : contextPath, Edition.EN);
    }

    private SiteAddresses(String base, String contextPath, Edition edition) {
        this.base = base;
        this.contextPath = contextPath;
        this.edition = edition;
    }

    /** The same site's addresses in {@code other}'s edition: its homepage, listings, search (under /ru/ for Russian). */
    public SiteAddresses in(Edition other) {
        return new SiteAddresses(base, contextPath, other);
    }

    public static SiteAddresses of(HttpServletRequest request) {
        PublicOrigin publicOrigin = PublicOrigin.current();
        return publicOrigin.fixed() ? new SiteAddresses(publicOrigin.fixedOrigin(), publicOrigin.fixedPath())
                : new SiteAddresses(publicOrigin.requestOrigin(request), request.getContextPath());
    }

    /** The port is left out when it is the scheme's default; IPv6 hosts get their brackets. */
    static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        boolean defaultPort = port <= 0 || lowerScheme.equals("http") && port == 80
                || lowerScheme.equals("https") && port == 443;
        return lowerScheme + "://" + bracketed + (defaultPort ? "" : ":" + port);
    }

    /** The edition's homepage ("/", "/ru/"). */
    public String home() {
        return base + edition.pathPrefix() + "/";
    }

    /** An article's page by its slug alone: for one not (yet) published, which has no readable address. */
    public String article(String slug) {
        return base + "/article.xhtml?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** A published English-edition article's page (see the next). */
    public String article(String slug, java.time.LocalDateTime publishedAt) {
        return article(slug, publishedAt, Edition.EN);
    }

    /** A published article's page: what readers, feeds and sitemaps link to (its edition's permalink pattern). */
    public String article(String slug, java.time.LocalDateTime publishedAt, Edition articleEdition) {
        return base + Permalinks.path(slug, publishedAt, articleEdition);
    }

    /** A published article's page, in the edition of its {@code language}. */
    public String article(String slug, java.time.LocalDateTime publishedAt, String language) {
        return article(slug, publishedAt, Edition.ofLanguage(language));
    }

    /** A section's listing, e.g. /kazakhstan (see ReadableUrls). */
    public String section(String slug) {
        return base + edition.pathPrefix() + "/" + pathPart(slug);
    }

    public String tag(String tag) {
        return base + edition.pathPrefix() + "/tag/" + pathPart(tag);
    }

    public String author(String username) {
        return base + edition.pathPrefix() + "/author/" + pathPart(username);
    }

    private static String pathPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A published article in the public JSON API. */
    public String articleInApi(String slug) {
        return base + "/api/articles/" + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Any other resource of the site, {@code path} starting with "/" (inside the context). */
    public String absolute(String path) {
        return base + path;
    }

    /** "" for the root context, else "/name": robots.txt rules are paths from the host's root. */
    public String contextPath() {
        return contextPath;
    }
}
