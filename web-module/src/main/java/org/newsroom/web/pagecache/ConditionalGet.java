package org.newsroom.web.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.newsroom.news.article.Articles;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.web.http.BuildIdentity;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.http.TrackingParameters;
import org.newsroom.web.http.Validators;
import org.newsroom.web.pagecache.PerGeneration;

/**
 * Public pages answer conditional requests: their validators change whenever an article or a rate
 * changes (and at midnight, when the ticker's staleness may), so a browser or cache that already has
 * the page gets 304 without the page being rendered, and a publish shows on the very next request
 * (no max-age: every use is revalidated). The build is part of the ETag, so new markup after a redeploy
 * is never answered with 304 for the old.
 */
@WebFilter(urlPatterns = {"/", "/index.xhtml", "/article.xhtml", "/listing.xhtml", "/rates.xhtml"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ConditionalGet extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private Articles articles;

    @Inject
    private ExchangeRates rates;

    /** Read once per content generation: any commit moves it on, another instance's within a second. */
    private final transient PerGeneration<LocalDateTime> lastChange =
            new PerGeneration<>(() -> latest(articles.lastChange(), rates.lastChange()));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        LocalDateTime changed = lastChange.get();
        String tag = pageTag(askedFor(request), changed, LocalDate.now(OutletTime.zone()), BuildIdentity.id());
        long lastModified = changed == null ? -1 : changed.toInstant(ZoneOffset.UTC).toEpochMilli() / 1000 * 1000;
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", "public, no-cache");
        if (lastModified > 0) {
            response.setDateHeader("Last-Modified", lastModified);
        }
        if (Validators.notModified(request, tag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * A page's ETag: what it shows changes with the address, the newest change of articles or rates,
     * the day (the ticker's staleness), and the build that renders it.
     */
    static String pageTag(String address, LocalDateTime lastChange, LocalDate day, String build) {
        return "W/\"" + Validators.digest(address + "|" + lastChange + "|" + day + "|" + build) + "\"";
    }

    /** The address the reader asked for: /tag/тенге, not the listing page it was forwarded to. */
    private static String askedFor(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        // Without trackers (fbclid, utm_*): the same page has the same validator whichever link led to it.
        return forwardedFrom != null
                ? forwardedFrom + "?" + TrackingParameters.strip((String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING))
                : request.getRequestURI() + "?" + TrackingParameters.strip(request.getQueryString());
    }

    private static LocalDateTime latest(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
