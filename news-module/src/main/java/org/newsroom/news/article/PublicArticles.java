package org.newsroom.news.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.media.MediaItem;

/**
 * Published articles for feeds, sitemaps and the public JSON API. Every query is bounded, and
 * articles come with their sections and tags from two extra queries keyed by the page's ids, never
 * one query per article. Nothing but PUBLISHED articles ever leaves this bean.
 */
@Stateless
@PermitAll
public class PublicArticles {

    /** The most articles (with bodies) one call returns. */
    public static final int MAX_ARTICLES = 100;
    /** The most addresses one call returns: what one sitemap file may hold. */
    public static final int MAX_ADDRESSES = 50_000;
    /** The most entries one call returns: what one Google News sitemap may hold. */
    public static final int MAX_RECENT = 1_000;

    private static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** The redirect and withdrawal rules live there, once. */
    @Inject
    private Articles articles;

    /** Newest first. */
    public List<PublicArticle> latest(ArticleFilter filter, int first, int max) {
        if (max <= 0) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Article> query = em.createQuery("select a from Article a join fetch a.author"
                + " left join fetch a.featuredImage" + filter.where(parameters) + NEWEST_FIRST, Article.class);
        parameters.forEach(query::setParameter);
        List<Article> page = query.setFirstResult(Math.max(0, first))
                .setMaxResults(bounded(max, MAX_ARTICLES)).getResultList();
        return detach(page);
    }

    public long count(ArticleFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(a) from Article a" + filter.where(parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * Oldest first, so that a sitemap page keeps its articles as new ones are published (they join
     * the last page).
     */
    public List<ArticleAddress> addresses(int first, int max) {
        if (max <= 0) {
            return List.of();
        }
        return em.createQuery("select new org.newsroom.news.article.ArticleAddress(a.slug, a.updatedAt, a.publishedAt, a.language)"
                        + " from Article a where a.status = :published order by a.publishedAt, a.id", ArticleAddress.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(bounded(max, MAX_ADDRESSES))
                .getResultList();
    }

    /** Articles first published within {@code window} of now, newest first. */
    public List<RecentArticle> publishedWithin(Duration window, int max) {
        if (max <= 0) {
            return List.of();
        }
        LocalDateTime since = LocalDateTime.now(Clock.systemUTC()).minus(window);
        return em.createQuery("select new org.newsroom.news.article.RecentArticle(a.slug, a.title, a.language,"
                        + " a.publishedAt) from Article a where a.status = :published and a.publishedAt >= :since"
                        + NEWEST_FIRST, RecentArticle.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", since)
                .setMaxResults(bounded(max, MAX_RECENT))
                .getResultList();
    }

    public Optional<SectionRef> section(String slug) {
        return section(slug, Edition.EN);
    }

    /** The section at {@code slug}, named as {@code edition}'s readers know it. */
    public Optional<SectionRef> section(String slug, Edition edition) {
        return em.createQuery("select s from Section s where s.slug = :slug", org.newsroom.news.section.Section.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(s -> new SectionRef(s.getSlug(), s.nameIn(edition)));
    }

    /** The article at {@code slug}, or where it moved, or whether it was withdrawn. */
    public PublicArticleLookup lookup(String slug) {
        Optional<PublicArticle> published = publishedBySlug(slug);
        if (published.isPresent()) {
            return PublicArticleLookup.found(published.get());
        }
        ArticleLookup elsewhere = articles.lookup(slug);
        return switch (elsewhere.outcome()) {
            case MOVED -> PublicArticleLookup.moved(elsewhere.currentSlug());
            case GONE -> PublicArticleLookup.gone();
            // FOUND: it was published between the two reads
            case FOUND -> publishedBySlug(slug).map(PublicArticleLookup::found).orElseGet(PublicArticleLookup::missing);
            case MISSING -> PublicArticleLookup.missing();
        };
    }

    private Optional<PublicArticle> publishedBySlug(String slug) {
        List<Article> found = em.createQuery("select a from Article a join fetch a.author left join fetch a.featuredImage"
                        + " where a.slug = :slug and a.status = :published", Article.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
        return detach(found).stream().findFirst();
    }

    /** Records of the articles, with sections (menu order) and tags (alphabetical) fetched for all at once. */
    private List<PublicArticle> detach(List<Article> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Article::getId).toList();
        Map<Long, List<SectionRef>> sections = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, s.slug, s.name from Article a join a.sections s"
                + " where a.id in :ids order by s.sortOrder, s.name", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            sections.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new SectionRef((String) row[1], (String) row[2]));
        }
        Map<Long, List<String>> tags = new HashMap<>();
        for (Object[] row : em.createQuery("select a.id, t from Article a join a.tags t where a.id in :ids order by t",
                Object[].class).setParameter("ids", ids).getResultList()) {
            tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return page.stream().map(article -> {
            MediaItem image = article.getFeaturedImage();
            return new PublicArticle(article.getId(), article.getSlug(), article.getTitle(), article.excerpt(),
                    article.getBody(), article.getLanguage(), article.getPublishedAt(), article.getUpdatedAt(),
                    article.getAuthor().getUsername(), article.getAuthor().getDisplayName(),
                    sections.getOrDefault(article.getId(), List.of()), tags.getOrDefault(article.getId(), List.of()),
                    image == null ? null : image.path());
        }).toList();
    }

    /** Never zero: to JPA providers a limit of 0 can mean "no limit". */
    private static int bounded(int max, int limit) {
        return Math.max(1, Math.min(max, limit));
    }
}
