package org.newsroom.web.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.newsroom.news.article.Articles;
import org.newsroom.news.settings.Settings;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.http.Compression;
import org.newsroom.web.http.HeldBackResponse;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.http.PublicOrigin;
import org.newsroom.web.http.TrackingParameters;
import org.newsroom.web.http.Validators;
import org.newsroom.web.storage.ContentGeneration;
import org.newsroom.web.storage.StorageTrouble;

/**
 * Serves readers' pages from memory while nothing they show has changed. A page is rendered once
 * per {@link ContentGeneration} (and per day, for the ticker's staleness and the date headings);
 * the generation moves on with every committed change on this instance, and at most a second
 * after a change committed by another instance (the same database validators the pages' ETags
 * use are compared once a second). Declared first in web.xml so a hit skips every other filter.
 *
 * <p>Only complete 200 HTML answers without cookies are kept: redirects, 404 and 410 pages, the
 * newsroom, the APIs, feeds and media are always answered by the application. NEWSROOM_PAGE_CACHE=off
 * switches it off (to measure the rendering path, or to debug a page).
 */
public class PageCacheFilter extends HttpFilter {

    public static final String SWITCH_VARIABLE = "NEWSROOM_PAGE_CACHE";
    public static final String SIZE_VARIABLE = "NEWSROOM_PAGE_CACHE_PAGES";
    static final String STATUS_HEADER = "X-Page-Cache";
    /** Marks a page whose render straddled a commit (the VCL fetches it again instead of keeping or sending it). */
    static final String RENDER_HEADER = "X-Newsroom-Render";
    static final String STRADDLED = "straddled";
    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageCacheFilter.class.getName());
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private static final String[] NEVER_CACHED = {"/newsroom", "/api/", "/media/", "/feed", "/sitemap", "/robots.txt",
        "/jakarta.faces.resource/", "/assets/", "/favicon.ico", "/site.webmanifest"};

    @Inject
    private Articles articles;

    @Inject
    private ExchangeRates rates;

    private transient PageStore store;
    private boolean enabled;
    private final AtomicLong nextRecheck = new AtomicLong(System.nanoTime());
    private final java.util.concurrent.atomic.AtomicBoolean checking = new java.util.concurrent.atomic.AtomicBoolean();

    @jakarta.annotation.Resource
    private transient jakarta.enterprise.concurrent.ManagedExecutorService executor;
    private volatile String databaseValidators;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Settings settings = Settings.fromConfig();
        enabled = enabled(settings);
        store = new PageStore(capacity(settings));
        int capacity = store.capacity();
        LOG.info(() -> enabled ? "Page cache on: " + capacity + " pages at most (" + SIZE_VARIABLE + ")"
                : "Page cache off (" + SWITCH_VARIABLE + ")");
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static boolean enabled(Settings settings) {
        return settings.onOff(SWITCH_VARIABLE, true);
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static int capacity(Settings settings) {
        return settings.wholeNumber(SIZE_VARIABLE, "pages", 2000, 1, 1_000_000);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        recheckDatabase();  // also with the cache off: list totals follow the generation too
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request);
        long generation = ContentGeneration.current();
        CachedPage page = store.current(key, generation, System.currentTimeMillis());
        if (page != null) {
            answer(request, response, page);
            return;
        }
        HeldBackResponse held;
        try {
            // A query meeting a dead connection was already tried once more on a fresh one (SessionSetup).
            held = new HeldBackResponse(response, new ByteArrayOutputStream(32 * 1024));
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            CachedPage last = store.last(key);
            if (last == null || !StorageTrouble.isIn(failure) || response.isCommitted()) {
                throw failure;
            }
            // The database is away: the reader gets the last good page rather than an error.
            LOG.warning(() -> "Serving the last good " + request.getRequestURI() + " while the database is away: "
                    + StorageTrouble.in(failure).orElseThrow());
            response.reset();
            response.setHeader(STATUS_HEADER, "stale");
            response.setHeader("Cache-Control", "no-cache");
            response.setContentType(last.contentType());
            surrogateKeys(response, last.surrogateKeys());
            send(request, response, last.body(), last.gzipped());
            return;
        }
        if (held.errorSent()) {
            return;
        }
        byte[] body = held.body();
        response.setHeader(STATUS_HEADER, "miss");
        String keys = SurrogateKeys.of(request);
        surrogateKeys(response, keys);
        if (ContentGeneration.current() != generation) {
            // Rendered while a change was committed: the page may be from before it, and the change's purge
            // has already gone to the front cache, which would keep this page until the next change. No cache
            // (ours, the front's, a browser's) keeps it; the front asks once more (STRADDLED) rather than send it.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader(RENDER_HEADER, STRADDLED);
        }
        boolean storable = storable(request, response);
        byte[] gzipped = storable && body.length >= Compression.MIN_BYTES ? Compression.gzip(body) : null;
        send(request, response, body, gzipped);
        if (storable) {
            store.put(key, new CachedPage(generation, System.currentTimeMillis(), response.getContentType(),
                    response.getHeader("ETag"), lastModified(response), response.getHeader("Cache-Control"),
                    response.getHeader(CONTENT_SECURITY_POLICY), keys, body, gzipped));
        }
    }

    private static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : NEVER_CACHED) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pages carry absolute links: unless the public address is configured, they depend on the address
     * the request came to, so that is part of the key (a forged Host gets a page of its own, never the
     * one the next reader is served).
     */
    private static String key(HttpServletRequest request) {
        // fbclid, utm_* and the like change on every click of a shared link; the page is the same.
        String query = TrackingParameters.strip(request.getQueryString());
        return request.getMethod().charAt(0) + PublicOrigin.current().cacheKeyPart(request) + request.getRequestURI()
                + (query == null ? "" : "?" + query) + "|" + LocalDate.now(OutletTime.zone());
    }

    private static boolean startedSession(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.isNew();
    }

    private static boolean storable(HttpServletRequest request, HttpServletResponse response) {
        String type = response.getContentType();
        String cacheControl = response.getHeader("Cache-Control");
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && !response.containsHeader("Set-Cookie") && !startedSession(request)
                && (cacheControl == null || !cacheControl.contains("no-store"));
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, CachedPage page) throws IOException {
        response.setHeader(STATUS_HEADER, "hit");
        if (page.etag() != null) {
            response.setHeader("ETag", page.etag());
        }
        if (page.lastModified() > 0) {
            response.setDateHeader("Last-Modified", page.lastModified());
        }
        if (page.cacheControl() != null) {
            response.setHeader("Cache-Control", page.cacheControl());
        }
        surrogateKeys(response, page.surrogateKeys());
        if (page.contentSecurityPolicy() != null) {
            // The page's inline scripts carry the nonce its policy names: the two travel together.
            response.setHeader(CONTENT_SECURITY_POLICY, page.contentSecurityPolicy());
        }
        if (Validators.notModified(request, page.etag(), page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        send(request, response, page.body(), page.gzipped());
    }

    /** What the page shows, for the front cache's purges (web.cluster.SurrogateKeys; the front removes the header). */
    private static void surrogateKeys(HttpServletResponse response, String keys) {
        if (keys != null) {
            response.setHeader(SurrogateKeys.HEADER, keys);
        }
    }

    /** The page, or its gzip copy for a browser that accepts one (compressed once, when it was stored). */
    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] body, byte[] gzipped)
            throws IOException {
        byte[] sent = body;
        if (gzipped != null) {
            response.addHeader("Vary", "Accept-Encoding");
            if (Compression.accepted(request)) {
                response.setHeader("Content-Encoding", "gzip");
                sent = gzipped;
            }
        }
        response.setContentLength(sent.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(sent);
        }
    }

    private static long lastModified(HttpServletResponse response) {
        String header = response.getHeader("Last-Modified");
        if (header == null) {
            return -1;
        }
        try {
            return java.time.ZonedDateTime.parse(header, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException unreadable) {
            return -1;
        }
    }

    /**
     * Another instance's commits don't reach this JVM's listener: once a second the database's own
     * validators (the newest article and rate changes) are compared with the last seen. The query runs
     * beside the request, never in front of it: while the database is away (a restart) it waits on
     * the pool, and a reader who would be served from memory must not wait with it.
     */
    private void recheckDatabase() {
        long now = System.nanoTime();
        long due = nextRecheck.get();
        if (now - due < 0 || !nextRecheck.compareAndSet(due, now + RECHECK_NANOS) || !checking.compareAndSet(false, true)) {
            return;
        }
        try {
            if (executor == null) {
                compareValidators();
            } else {
                executor.execute(this::compareValidators);
            }
        } catch (java.util.concurrent.RejectedExecutionException busy) {
            checking.set(false);
        }
    }

    private void compareValidators() {
        try {
            String validators = articles.lastChange() + "|" + rates.lastChange();
            if (databaseValidators != null && !Objects.equals(databaseValidators, validators)) {
                ContentGeneration.advance();
            }
            databaseValidators = validators;
        } catch (RuntimeException databaseAway) {
            if (!StorageTrouble.isIn(databaseAway)) {
                LOG.log(java.util.logging.Level.WARNING, "Could not compare the database's validators", databaseAway);
            }
            // asked again in a second; meanwhile cached pages still serve
        } finally {
            checking.set(false);
        }
    }
}
