package org.newsroom.web.articles.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDateTime;
import java.util.Collection;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.EditorView;
import org.newsroom.web.rest.InvalidInput;
import org.newsroom.web.rest.JsonInput;

/** The staff API's JSON for articles: what the editor form holds, both ways. */
final class ArticleJson {

    private ArticleJson() {
    }

    /** @param currentImageId kept when the body does not mention "featuredImageId" */
    static ArticleEdit edit(JsonObject body, long basedOnVersion, Long currentImageId) {
        Long imageId = !body.containsKey("featuredImageId") ? currentImageId : JsonInput.wholeNumber(body, "featuredImageId");
        String html = JsonInput.string(body, "body");
        return new ArticleEdit(basedOnVersion, JsonInput.string(body, "title"), JsonInput.string(body, "slug"),
                JsonInput.string(body, "excerpt"), html == null ? "" : html, JsonInput.strings(body, "sectionSlugs"),
                JsonInput.strings(body, "tags"), JsonInput.strings(body, "bylines"), JsonInput.string(body, "language"),
                imageId);
    }

    /** The version an edit started from: required, a whole number. */
    static long basedOnVersion(JsonObject body) {
        Long version = JsonInput.wholeNumber(JsonInput.object(body), "version");
        if (version == null) {
            throw new InvalidInput("version", "Say which version your edit started from (\"version\").");
        }
        return version;
    }

    static JsonObject of(EditorView article) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", article.id())
                .add("version", article.version())
                .add("title", article.title())
                .add("slug", article.slug())
                .add("body", article.body())
                .add("status", article.status().name())
                .add("sectionSlugs", array(article.sectionSlugs()))
                .add("tags", array(article.tags()))
                .add("bylines", array(article.bylineUsernames()))
                .add("language", article.language())
                .add("pinned", article.pinned())
                .add("author", article.authorUsername());
        add(json, "excerpt", article.excerpt());
        add(json, "lastEditedBy", article.lastEditedBy());
        add(json, "updatedAt", article.updatedAt());
        add(json, "scheduledFor", article.scheduledFor());
        add(json, "publishedAt", article.publishedAt());
        add(json, "reviewComment", article.reviewComment());
        add(json, "featuredImageId", article.featuredImageId());
        add(json, "imagePath", article.imagePath());
        if (article.translationId() != null) {
            json.add("translationId", article.translationId());
        }
        return json.build();
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value instanceof LocalDateTime utc) {
            json.add(name, utc + "Z");
        } else if (value != null) {
            json.add(name, value.toString());
        }
    }

    private static JsonArrayBuilder array(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

}
