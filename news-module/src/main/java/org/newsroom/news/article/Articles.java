package org.newsroom.news.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.section.Section;

/** Reading published articles and writing new ones: the transaction boundary of the article feature. */
@Stateless
public class Articles {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @PermitAll
    public List<ArticleTeaser> latestPublished(int first, int max) {
        return em.createQuery("select a from Article a where a.status = :published"
                        + " order by a.publishedAt desc, a.id desc", Article.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(ArticleTeaser::of)
                .toList();
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

    /** Creates and publishes an article in one step, bylined to the signed-in editor. */
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public ArticleView publishNew(NewArticle draft) {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Account author = em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", session.getCallerPrincipal().getName())
                .getSingleResult();
        List<Section> sections = draft.sectionSlugs().isEmpty() ? List.of()
                : em.createQuery("select s from Section s where s.slug in :slugs", Section.class)
                        .setParameter("slugs", draft.sectionSlugs())
                        .getResultList();
        Article article = new Article(draft.title(), draft.body(), author, sections, now);
        article.useExcerpt(draft.excerpt());
        article.useSlug(uniqueSlug(article.getSlug()));
        article.publish(now);
        em.persist(article);
        em.flush();
        return ArticleView.of(article);
    }

    private String uniqueSlug(String wanted) {
        String candidate = wanted;
        for (int n = 2; slugTaken(candidate); n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    private boolean slugTaken(String slug) {
        return em.createQuery("select count(a) from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }
}
