package org.newsroom.web.articles.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.newsroom.news.article.PublicArticle;
import org.newsroom.news.article.SectionRef;
import org.newsroom.web.http.SiteAddresses;

/** How a published article looks in the public JSON API. Times are UTC instants ("2026-02-20T09:30:00Z"). */
final class ArticlesJson {

    private ArticlesJson() {
    }

    /** What lists carry: everything but the body. */
    static JsonObjectBuilder summary(PublicArticle article, SiteAddresses site) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (SectionRef section : article.sections()) {
            sections.add(Json.createObjectBuilder().add("slug", section.slug()).add("name", section.name()));
        }
        JsonArrayBuilder tags = Json.createArrayBuilder();
        article.tags().forEach(tags::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", article.id())
                .add("slug", article.slug())
                .add("title", article.title())
                .add("excerpt", article.excerpt())
                .add("language", article.language())
                .add("publishedAt", instant(article.publishedAt()))
                .add("updatedAt", instant(article.updatedAt()))
                .add("author", Json.createObjectBuilder()
                        .add("username", article.authorUsername())
                        .add("name", article.authorName()))
                .add("sections", sections)
                .add("tags", tags)
                .add("url", site.article(article.slug(), article.publishedAt(), article.language()))
                .add("apiUrl", site.articleInApi(article.slug()));
        if (article.imagePath() != null) {
            json.add("imageUrl", site.absolute(article.imagePath()));
        }
        return json;
    }

    /** One article on its own: the summary and the sanitised HTML body. */
    static JsonObject detail(PublicArticle article, SiteAddresses site) {
        return summary(article, site).add("body", article.body()).build();
    }

    static String instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
