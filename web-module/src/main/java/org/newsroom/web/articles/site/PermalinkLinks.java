package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.Permalinks;

/** {@link Permalinks} for pages: {@code #{request.contextPath}#{permalinks.path(article.slug(), article.publishedAt())}}. */
@Named("permalinks")
@ApplicationScoped
public class PermalinkLinks {

    @Inject
    private ReaderEdition edition;

    /** In the page's edition: every list a page shows is of its own edition's articles. */
    public String path(String slug, LocalDateTime publishedAt) {
        return Permalinks.path(slug, publishedAt, edition.getEdition());
    }

    /** An author's page, e.g. /author/rita: a teaser's byline links there. */
    public String author(String username) {
        return "/author/" + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
