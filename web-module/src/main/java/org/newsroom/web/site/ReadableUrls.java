package org.newsroom.web.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.news.section.Sections;

/**
 * Readable addresses: /kazakhstan (a section), /tag/energy, /author/rita forwarded to the listing
 * page, and /search to the search page. Section slugs are read from the database at most once a minute.
 */
@WebFilter(urlPatterns = "/*")
public class ReadableUrls extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Duration SECTIONS_FRESH_FOR = Duration.ofMinutes(1);

    @Inject
    private Sections sections;

    private volatile Set<String> sectionSlugs = Set.of();
    private volatile Instant sectionsReadAt = Instant.EPOCH;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String target = "GET".equals(request.getMethod()) ? listingFor(path) : null;
        if (target == null) {
            chain.doFilter(request, response);
            return;
        }
        String page = request.getParameter("page");
        // The query string (?q=…&page=…) stays with the forwarded request; listings add their page.
        request.getRequestDispatcher(target.endsWith("?") ? target.substring(0, target.length() - 1)
                : target + (page == null ? "" : "&page=" + page)).forward(request, response);
    }

    private String listingFor(String path) {
        if (path.equals("/search")) {
            return "/search.xhtml?";
        }
        String[] parts = path.split("/");
        if (parts.length == 3 && parts[1].equals("tag")) {
            return "/listing.xhtml?kind=TAG&key=" + parts[2];
        }
        if (parts.length == 3 && parts[1].equals("author")) {
            return "/listing.xhtml?kind=AUTHOR&key=" + parts[2];
        }
        if (parts.length == 2 && !parts[1].isEmpty() && !parts[1].contains(".")
                && knownSections().contains(URLDecoder.decode(parts[1], StandardCharsets.UTF_8))) {
            return "/listing.xhtml?kind=SECTION&key=" + parts[1];
        }
        return null;
    }

    private Set<String> knownSections() {
        if (Instant.now().isAfter(sectionsReadAt.plus(SECTIONS_FRESH_FOR))) {
            sectionSlugs = sections.all().stream().map(s -> s.getSlug()).collect(Collectors.toSet());
            sectionsReadAt = Instant.now();
        }
        return sectionSlugs;
    }
}
