package org.newsroom.news.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/**
 * Public lists of published articles: a section, a tag or an author, paged; the homepage's lead
 * and country blocks. Each list is one query for the page and one for the total, whatever its size.
 */
@Stateless
@PermitAll
public class Listings {

    private static final String PUBLISHED = " a.status = org.newsroom.news.article.ArticleStatus.PUBLISHED";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    public ListingPage page(ListingKind kind, String key, int first, int max) {
        String heading = heading(kind, key).orElse(null);
        if (heading == null) {
            return new ListingPage(null, List.of(), 0);
        }
        String from = switch (kind) {
            case SECTION -> " from Article a join a.sections s where s.slug = :key and";
            case TAG -> " from Article a join a.tags t where t = :key and";
            case AUTHOR -> " from Article a join a.bylines b where b.username = :key and";
        };
        List<ArticleTeaser> articles = em.createQuery("select a" + from + PUBLISHED
                        + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("key", key)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(ArticleTeaser::of)
                .toList();
        long total = em.createQuery("select count(a)" + from + PUBLISHED, Long.class)
                .setParameter("key", key)
                .getSingleResult();
        return new ListingPage(heading, articles, total);
    }

    /** The newest pinned published article: the homepage's lead story. */
    public Optional<ArticleTeaser> lead() {
        return em.createQuery("select a from Article a where a.pinned = true and" + PUBLISHED
                        + " order by a.publishedAt desc", Article.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ArticleTeaser::of);
    }

    /** The country sections, in their order: the homepage shows a block for each. */
    public List<Section> countries() {
        return em.createQuery("select s from Section s where s.kind = :country order by s.sortOrder", Section.class)
                .setParameter("country", SectionKind.COUNTRY)
                .getResultList();
    }

    private Optional<String> heading(ListingKind kind, String key) {
        return switch (kind) {
            case SECTION -> em.createQuery("select s.name from Section s where s.slug = :key", String.class)
                    .setParameter("key", key).getResultStream().findFirst();
            case AUTHOR -> em.createQuery("select a.displayName from Account a where a.username = :key", String.class)
                    .setParameter("key", key).getResultStream().findFirst();
            case TAG -> key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
        };
    }
}
