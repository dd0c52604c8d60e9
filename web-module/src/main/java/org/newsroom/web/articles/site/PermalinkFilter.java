package org.newsroom.web.articles.site;

import jakarta.ejb.EJB;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.importing.ArticleAt;
import org.newsroom.news.importing.ImportedAddresses;
import org.newsroom.news.section.Sections;
import org.newsroom.web.http.Permalinks;

/**
 * Readable article addresses and WordPress's old ones. A path in the permalink pattern's shape shows
 * the article ({@code /article.xhtml} behind it); any other form of its address — {@code /article.xhtml?slug=},
 * an old slug, another date, other percent-encoding — answers 301 to the one address; so do
 * WordPress's addresses ({@link WordPressAddresses}). Paths are decoded here as UTF-8 from the raw URI,
 * as {@code ReadableUrls} does, so percent-encoded Cyrillic slugs resolve on every server.
 */
@WebFilter(urlPatterns = "/*")
public class PermalinkFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @EJB
    private ImportedAddresses addresses;

    @Inject
    private Sections sections;

    private volatile Set<String> sectionSlugs = Set.of();
    private volatile Map<String, String> tagsBySlug = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        String path = "GET".equals(method) || "HEAD".equals(method)
                ? decoded(request.getRequestURI().substring(request.getContextPath().length())) : null;
        if (path == null || path.startsWith("/newsroom/") || path.startsWith("/api/") || path.startsWith("/media/")
                || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if ("/article.xhtml".equals(path)) {
            String slug = request.getParameter("slug");
            Optional<ArticleAt> article = slug == null ? Optional.empty() : addresses.forSlug(slug);
            if (article.isPresent()) {
                movedTo(request, response, address(article.get()));
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String slug = Permalinks.slugOf(path);
        if (slug != null) {
            Optional<ArticleAt> article = addresses.forSlug(slug);
            if (article.isPresent()) {
                String canonical = address(article.get());
                if (canonical.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
                    request.getRequestDispatcher("/article.xhtml").forward(new ForwardedParameters(request, Map.of("slug", article.get().slug())), response);
                } else {
                    movedTo(request, response, canonical);
                }
                return;
            }
        }
        Optional<WordPressAddresses.Answer> answer = WordPressAddresses.resolve(path, request.getQueryString(),
                this::isSection, this::tagFor);
        if (answer.isPresent() && answer.get().redirect() != null) {
            movedTo(request, response, answer.get().redirect());
            return;
        }
        Optional<ArticleAt> old = answer.map(WordPressAddresses.Answer::lookup).flatMap(addresses::forOldAddress);
        if (old.isPresent()) {
            movedTo(request, response, address(old.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Where an article lives: its edition's permalink (a Russian one under /ru/). */
    private static String address(ArticleAt article) {
        return Permalinks.path(article.slug(), article.publishedAt(), Edition.ofLanguage(article.language()));
    }

    private static void movedTo(HttpServletRequest request, HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path);
    }

    /** A path's text: %XX as UTF-8, "+" a plus; null for a malformed one (left to the pages to refuse). */
    static String decoded(String raw) {
        try {
            String text = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            return text.indexOf('\uFFFD') >= 0 ? null : text;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private boolean isSection(String slug) {
        refresh();
        return sectionSlugs.contains(slug);
    }

    private Optional<String> tagFor(String wordPressSlug) {
        refresh();
        return Optional.ofNullable(tagsBySlug.get(wordPressSlug.toLowerCase(java.util.Locale.ROOT)));
    }

    private void refresh() {
        if (Instant.now().isAfter(readAt.plus(FRESH_FOR))) {
            sectionSlugs = sections.all().stream().map(s -> s.getSlug()).collect(Collectors.toSet());
            List<String> tags = addresses.tags();
            Map<String, String> bySlug = new LinkedHashMap<>();
            tags.forEach(tag -> bySlug.putIfAbsent(WordPressAddresses.wordPressSlug(tag), tag));
            tagsBySlug = bySlug;
            readAt = Instant.now();
        }
    }

    /** The reader's request with the article's slug as its parameter, for the page behind the permalink. */
}
