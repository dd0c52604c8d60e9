package org.newsroom.web.newsroom;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.EditorView;

/** The staff API's JSON for articles: what the editor form holds, both ways. */
final class ArticleJson {

    private ArticleJson() {
    }

    /** @param currentImageId kept when the body does not mention "featuredImageId" */
    static ArticleEdit edit(JsonObject body, long basedOnVersion, Long currentImageId) {
        Long imageId = !body.containsKey("featuredImageId") ? currentImageId
                : body.isNull("featuredImageId") ? null : body.getJsonNumber("featuredImageId").longValue();
        return new ArticleEdit(basedOnVersion, body.getString("title", null), body.getString("slug", null),
                body.getString("excerpt", null), body.getString("body", ""), strings(body, "sectionSlugs"),
                strings(body, "tags"), strings(body, "bylines"), body.getString("language", null), imageId);
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

    private static List<String> strings(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }
}
