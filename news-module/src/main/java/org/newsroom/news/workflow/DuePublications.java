package org.newsroom.news.workflow;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.PublishedMedia;
import org.newsroom.news.audit.AuditLog;

/**
 * Publishes every scheduled article whose time has come. Each article goes out through a
 * conditional UPDATE (… where status = SCHEDULED): however many instances or timers run it at once,
 * the database lets exactly one of them publish a given article. Not for web callers: the
 * scheduler is its only user.
 */
@Stateless
@PermitAll
public class DuePublications {

    public static final String SCHEDULER = "scheduler";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    /** @return how many articles this call published */
    public int publishDue() {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        List<Object[]> due = em.createQuery("select a.id, a.title, a.scheduledFor from Article a"
                        + " where a.status = :scheduled and a.scheduledFor <= :now", Object[].class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now)
                .getResultList();
        int published = 0;
        for (Object[] article : due) {
            int won = em.createQuery("update Article a set a.status = :published,"
                            + " a.publishedAt = coalesce(a.publishedAt, :now), a.updatedAt = :now,"
                            + " a.scheduledFor = null, a.version = a.version + 1"
                            + " where a.id = :id and a.status = :scheduled")
                    .setParameter("published", ArticleStatus.PUBLISHED)
                    .setParameter("now", now)
                    .setParameter("id", article[0])
                    .setParameter("scheduled", ArticleStatus.SCHEDULED)
                    .executeUpdate();
            if (won == 1) {
                published++;
                // The bulk update went round the entity; reading it back puts it on the public lists.
                Article goneOut = em.find(Article.class, article[0]);
                goneOut.relist();
                PublishedMedia.release(em, goneOut, now);
                audit.record(SCHEDULER, WorkflowAction.PUBLISH.name(), "article " + article[0] + " \"" + article[1] + "\"",
                        "scheduled for " + article[2] + " UTC, published " + now + " UTC");
            }
        }
        return published;
    }
}
