package org.newsroom.news.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.PublishedMedia;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.Wording;

/**
 * Where publishing happens: submit, send back, publish, schedule, unpublish, pin. Every action is
 * checked against the workflow for the caller's role and authorship; a refusal is recorded in the
 * audit log and reported in plain words.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class Publishing {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    @Inject
    private Accounts accounts;

    /**
     * @param comment      required for SEND_BACK, kept with the article for its author
     * @param scheduledFor the publication time (UTC) for SCHEDULE; ignored otherwise
     * @return the article's status afterwards
     */
    public ArticleStatus perform(long articleId, WorkflowAction action, String comment, LocalDateTime scheduledFor) {
        Account who = caller();
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new ArticleRejected(Wording.refusal("article.missing", String.valueOf(articleId)));
        }
        String subject = "article " + articleId + " \"" + article.getTitle() + "\"";
        Decision decision = Workflow.decide(who.getRole(), article.isAuthoredBy(who.getUsername()),
                article.getStatus(), action);
        if (!decision.allowed()) {
            audit.record(who.getUsername(), AuditLog.REFUSED, subject, action.label() + ": " + decision.refusal());
            throw new WorkflowRefused(decision.wording());
        }
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        try {
            switch (action) {
                case SUBMIT -> article.submit(now);
                case SEND_BACK -> article.sendBack(comment, now);
                case SCHEDULE -> article.scheduleFor(requireTime(scheduledFor), now);
                case PIN -> article.pin(true, now);
                case UNPIN -> article.pin(false, now);
                default -> article.moveTo(decision.to(), now);
            }
        } catch (IllegalArgumentException invalid) {
            throw new ArticleRejected(invalid);
        }
        PublishedMedia.release(em, article, now);
        audit.record(who.getUsername(), action.name(), subject,
                action == WorkflowAction.SCHEDULE ? "for " + scheduledFor + " UTC"
                        : action == WorkflowAction.SEND_BACK ? comment : null);
        return article.getStatus();
    }

    private static LocalDateTime requireTime(LocalDateTime scheduledFor) {
        if (scheduledFor == null) {
            throw new ArticleRejected(Wording.refusal("article.schedule.missing"));
        }
        return scheduledFor;
    }

    /** The account acting, read afresh: a role change or a disabled account takes effect at once. */
    private Account caller() {
        return accounts.findEnabled(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new WorkflowRefused(Wording.refusal("account.disabled")));
    }
}
