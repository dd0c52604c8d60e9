package org.newsroom.web.articles.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import org.newsroom.web.http.Permalinks;

/** {@link Permalinks} for pages: {@code #{request.contextPath}#{permalinks.path(article.slug(), article.publishedAt())}}. */
@Named("permalinks")
@ApplicationScoped
public class PermalinkLinks {

    public String path(String slug, LocalDateTime publishedAt) {
        return Permalinks.path(slug, publishedAt);
    }
}
