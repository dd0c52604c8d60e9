package org.newsroom.web.articles.site;

import org.newsroom.web.http.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;

/** {@link Permalinks} for pages: {@code #{request.contextPath}#{permalinks.path(article.slug(), article.publishedAt())}}. */
@Named("permalinks")
@ApplicationScoped
public class PermalinkLinks {

    public String path(String slug, LocalDateTime publishedAt) {
        return Permalinks.path(slug, publishedAt);
    }
}
