package org.newsroom.news.importing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;

/** Where readers' old and readable addresses lead: published articles only. Reads only. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ImportedAddresses {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** The published article an old WordPress address ({@link ImportedAddress#normalised}) belonged to. */
    public Optional<ArticleAt> forOldAddress(String path) {
        return em.createQuery("select a from ImportedAddress i join i.article a where i.path = :path", Article.class)
                .setParameter("path", ImportedAddress.normalised(path)).getResultStream().findFirst()
                .filter(Article::isPublished).map(a -> new ArticleAt(a.getSlug(), a.getPublishedAt(), a.getLanguage()));
    }

    /** The published article with this slug, or the one an old slug of it now leads to. */
    public Optional<ArticleAt> forSlug(String slug) {
        Optional<ArticleAt> current = em.createQuery("select new org.newsroom.news.importing.ArticleAt(a.slug, a.publishedAt, a.language)"
                        + " from Article a where a.slug = :slug and a.status = :published", ArticleAt.class)
                .setParameter("slug", slug).setParameter("published", ArticleStatus.PUBLISHED).getResultStream().findFirst();
        if (current.isPresent()) {
            return current;
        }
        return em.createQuery("select new org.newsroom.news.importing.ArticleAt(a.slug, a.publishedAt, a.language)"
                        + " from SlugRedirect r join r.article a where r.oldSlug = :slug and a.status = :published", ArticleAt.class)
                .setParameter("slug", slug).setParameter("published", ArticleStatus.PUBLISHED).getResultStream().findFirst();
    }

    /** Every tag in use, for matching WordPress's tag slugs ("central-bank") to Newsroom's tags ("central bank"). */
    public List<String> tags() {
        return em.createQuery("select distinct t from Article a join a.tags t where a.status = :published", String.class)
                .setParameter("published", ArticleStatus.PUBLISHED).getResultList();
    }
}
