package org.newsroom.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.account.Account;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;

/** Test-only: puts the database in states the UI cannot (an article already overdue) and reads it back. */
@Stateless
@PermitAll
public class ScheduledFixture {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** An article scheduled a minute ago, as if the servers had been down when it was due. */
    public long overdueArticle(String title) {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        Account admin = em.createQuery("select a from Account a where a.username = 'admin'", Account.class).getSingleResult();
        Article article = new Article(title, "<p>Overdue.</p>", admin, List.of(), now);
        article.useSlug("overdue-" + System.nanoTime());
        em.persist(article);
        em.flush();
        em.createQuery("update Article a set a.status = :scheduled, a.scheduledFor = :when where a.id = :id")
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("when", now.minusMinutes(1))
                .setParameter("id", article.getId())
                .executeUpdate();
        return article.getId();
    }

    public ArticleStatus statusOf(long id) {
        return em.createQuery("select a.status from Article a where a.id = :id", ArticleStatus.class)
                .setParameter("id", id).getSingleResult();
    }

    public long publicationsRecordedFor(long id) {
        return em.createQuery("select count(e) from AuditEntry e where e.action = 'PUBLISH' and e.subject like :subject",
                        Long.class)
                .setParameter("subject", "article " + id + " %")
                .getSingleResult();
    }
}
