package org.newsroom.news.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Reading published articles for readers: lookups by address, how many, the last change. */
@Stateless
// Reads only: no JTA transaction to begin and commit around every lookup a reader's page makes.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Articles {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** When any article last changed (saved, published, unpublished…), UTC; null when there are none. */
    @PermitAll
    public java.time.LocalDateTime lastChange() {
        return em.createQuery("select max(a.updatedAt) from Article a", java.time.LocalDateTime.class).getSingleResult();
    }

    @PermitAll
    public long countPublished() {
        return em.createQuery("select count(a) from Article a where a.status = :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
    }

    @PermitAll
    public Optional<ArticleView> publishedBySlug(String slug) {
        return em.createQuery("select a from Article a where a.slug = :slug and a.status = :published", Article.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                .map(ArticleView::of);
    }

    /**
     * Resolves a reader's address: published articles are found; an old slug of a published
     * article moves (301) to its current one; an unpublished article is gone (410).
     */
    @PermitAll
    public ArticleLookup lookup(String slug) {
        Optional<Article> article = em.createQuery("select a from Article a where a.slug = :slug", Article.class)
                .setParameter("slug", slug).getResultStream().findFirst();
        if (article.isEmpty()) {
            return em.createQuery("select r.article from SlugRedirect r where r.oldSlug = :slug", Article.class)
                    .setParameter("slug", slug).getResultStream().findFirst()
                    .map(current -> current.isPublished() ? ArticleLookup.moved(current.getSlug())
                            : current.getPublishedAt() != null ? ArticleLookup.gone() : ArticleLookup.missing())
                    .orElse(ArticleLookup.missing());
        }
        Article found = article.get();
        if (found.isPublished()) {
            return ArticleLookup.found(ArticleView.of(found));
        }
        return found.getStatus() == ArticleStatus.UNPUBLISHED ? ArticleLookup.gone() : ArticleLookup.missing();
    }
}
