package org.newsroom.news.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.news.account.Role;

/** The newsroom's lists: the dashboard's and the filtered, paged article list. */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleLists {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    public List<ArticleRow> myDrafts(int max) {
        return rows("select a from Article a where a.author.username = :me and a.status = :status"
                + " order by a.updatedAt desc", Map.of("me", me(), "status", ArticleStatus.DRAFT), max);
    }

    /** A reporter sees only their own (and shared-byline) articles here: drafts and embargoes are confidential. */
    public List<ArticleRow> waitingForReview(int max) {
        Map<String, Object> parameters = new HashMap<>(Map.of("status", ArticleStatus.IN_REVIEW));
        return rows("select a from Article a where a.status = :status" + readable(parameters)
                + " order by a.updatedAt", parameters, max);
    }

    /** Soonest first; an article whose time has passed is flagged overdue (the scheduler is behind). */
    public List<ArticleRow> scheduled(int max) {
        Map<String, Object> parameters = new HashMap<>(Map.of("status", ArticleStatus.SCHEDULED));
        return rows("select a from Article a where a.status = :status" + readable(parameters)
                + " order by a.scheduledFor", parameters, max);
    }

    public List<ArticleRow> recentlyPublished(int max) {
        return rows("select a from Article a where a.status = :status order by a.publishedAt desc",
                Map.of("status", ArticleStatus.PUBLISHED), max);
    }

    /** Newest change first. */
    public List<ArticleRow> search(StaffArticleFilter filter, int first, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String jpql = "select distinct a" + filter.from(parameters) + readable(parameters)
                + " order by a.updatedAt desc, a.id desc";
        TypedQuery<Article> query = em.createQuery(jpql, Article.class);
        parameters.forEach(query::setParameter);
        LocalDateTime now = now();
        return query.setFirstResult(first).setMaxResults(max).getResultStream().map(a -> ArticleRow.of(a, now)).toList();
    }

    public long count(StaffArticleFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(distinct a)" + filter.from(parameters) + readable(parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The same rule as {@link Article#readableBy}, as a query condition; nothing for editors and admins. */
    private String readable(Map<String, Object> parameters) {
        if (!session.isCallerInRole(Role.REPORTER_NAME)) {
            return "";
        }
        parameters.put("reader", me());
        parameters.put("live", ArticleStatus.PUBLISHED);
        return " and (a.status = :live or a.author.username = :reader"
                + " or exists (select b from Article shared join shared.bylines b where shared = a and b.username = :reader))";
    }

    private List<ArticleRow> rows(String jpql, Map<String, Object> parameters, int max) {
        TypedQuery<Article> query = em.createQuery(jpql, Article.class);
        parameters.forEach(query::setParameter);
        LocalDateTime now = now();
        return query.setMaxResults(max).getResultStream().map(a -> ArticleRow.of(a, now)).toList();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
