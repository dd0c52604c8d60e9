package org.newsroom.news.article;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsroom.news.media.Picture;

/**
 * Teasers of chosen articles (a list's page, search hits, the country blocks) read in one
 * statement: teaser columns only, never a body. Published articles only: one unpublished since its
 * id was chosen is left out rather than shown.
 */
public final class Teasers {

    /** The featured image's columns a teaser shows (null for an article without one), after the teaser's own. */
    static final String IMAGE_COLUMNS = ", m.id, m.mediaType, m.width, m.height, m.altText, m.renditionWidths, m.renditionWebp";
    static final String WITH_IMAGE = " left join a.featuredImage m";

    private Teasers() {
    }

    /** In the order of {@code ids}. */
    public static List<ArticleTeaser> publishedInOrder(EntityManager em, List<Long> ids) {
        Map<Long, ArticleTeaser> byId = publishedById(em, ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public static Map<Long, ArticleTeaser> publishedById(EntityManager em, List<Long> ids) {
        Map<Long, ArticleTeaser> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        Map<Long, List<Byline>> bylines = bylines(em, ids);
        for (Object[] row : em.createQuery("select a.id, a.title, a.slug, a.listExcerpt, a.publishedAt"
                        + IMAGE_COLUMNS
                        + " from Article a" + WITH_IMAGE
                        + " where a.id in :ids and a.status = :published", Object[].class)
                .setParameter("ids", ids)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()) {
            byId.put((Long) row[0], new ArticleTeaser((String) row[1], (String) row[2], (String) row[3], (LocalDateTime) row[4],
                    Picture.of((Long) row[5], (String) row[6], (Integer) row[7], (Integer) row[8], (String) row[9],
                            (String) row[10], (Boolean) row[11]),
                    bylines.get((Long) row[0])));
        }
        return byId;
    }

    /** Every byline of the chosen articles in one statement, in the order the article page names them. */
    private static Map<Long, List<Byline>> bylines(EntityManager em, List<Long> ids) {
        Map<Long, List<Byline>> byArticle = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, b.displayName, b.username from Article a join a.bylines b"
                        + " where a.id in :ids order by a.id, b.id", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            byArticle.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Byline((String) row[1], (String) row[2]));
        }
        return byArticle;
    }
}
