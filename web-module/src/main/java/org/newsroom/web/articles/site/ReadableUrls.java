package org.newsroom.web.articles.site;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.section.Sections;
import org.newsroom.web.editions.ReaderEdition;

/**
 * Readable addresses: /kazakhstan (a section), /tag/energy, /author/rita forwarded to the listing
 * page, and /search to the search page. Section slugs are read from the database at most once a minute.
 * The listing's kind and key travel as parameters of the forwarded request, already decoded
 * (see {@link ReadableAddress}); the query string (?page=, ?q=) stays as the reader sent it.
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
        Edition edition = ReaderEdition.ofPath(path);
        if (edition != Edition.EN && "GET".equals(request.getMethod())) {
            if (path.equals(edition.pathPrefix())) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + edition.pathPrefix() + "/");
                return;
            }
            ReaderEdition.decide(request, edition);
            path = path.substring(edition.pathPrefix().length());
            if (path.equals("/")) {
                request.getRequestDispatcher("/index.xhtml").forward(request, response);
                return;
            }
            if (path.equals("/rates")) {
                request.getRequestDispatcher("/rates.xhtml").forward(request, response);
                return;
            }
        }
        String within = path;
        Optional<ReadableAddress> address = "GET".equals(request.getMethod())
                ? ReadableAddress.of(within, slug -> knownSections().contains(slug))
                : Optional.empty();
        if (address.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ReadableAddress listing = address.get();
        if (listing == ReadableAddress.SEARCH) {
            request.getRequestDispatcher("/search.xhtml").forward(request, response);
            return;
        }
        request.getRequestDispatcher("/listing.xhtml").forward(
                new ForwardedParameters(request, Map.of("kind", listing.kind().name(), "key", listing.key())), response);
    }

    private Set<String> knownSections() {
        if (Instant.now().isAfter(sectionsReadAt.plus(SECTIONS_FRESH_FOR))) {
            sectionSlugs = sections.all().stream().map(s -> s.getSlug()).collect(Collectors.toSet());
            sectionsReadAt = Instant.now();
        }
        return sectionSlugs;
    }

    /** The reader's request with the listing's parameters added (they win over any of the same name). */
}
