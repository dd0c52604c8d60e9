package org.newsroom.news.search;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;

/** The articles table as {@link IndexCatchUp} reads it, through JPA. */
final class DatabaseArticleRows implements ArticleRows {

    private final EntityManager em;

    DatabaseArticleRows(EntityManager em) {
        this.em = em;
    }

    /** The moment the database was created (V17's NEWSROOM_DATABASE row), which no other database shares. */
    @Override
    public String databaseIdentity() {
        Object created = em.createNativeQuery("SELECT CREATED_AT FROM NEWSROOM_DATABASE WHERE ID = 1").getSingleResult();
        return String.valueOf(created);
    }

    @Override
    public Map<Long, Long> publishedVersions() {
        Map<Long, Long> versions = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.version from Article a where a.status = :published", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList()) {
            versions.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return versions;
    }

    @Override
    public List<SearchableArticle> load(List<Long> ids) {
        List<SearchableArticle> articles = em.createQuery("select a from Article a where a.id in :ids", Article.class)
                .setParameter("ids", ids)
                .getResultList().stream().map(Search::searchable).toList();
        em.clear();  // a first build reads every body once: keep none of them
        return articles;
    }
}
