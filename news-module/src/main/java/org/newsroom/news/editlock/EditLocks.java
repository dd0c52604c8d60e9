package org.newsroom.news.editlock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.editlock.LockRules.Step;
import org.newsroom.news.editlock.LockStatus.State;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.workflow.WorkflowRefused;

/**
 * Soft edit locks: who has an article open in the editor, with heartbeat and take-over (the rules are
 * {@link LockRules}). Saves do not depend on them; the article's version still refuses a stale save.
 *
 * <p>Two people opening at once must not both get the lock. Every method first reads the article's row
 * with {@code PESSIMISTIC_WRITE} (SELECT … FOR UPDATE): the article exists whether or not a lock row does,
 * so the second request waits there until the first commits, and then sees the first one's lock. The
 * row lock lasts only for this short transaction.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class EditLocks {

    public static final String TAKEN = "EDIT_LOCK_TAKEN";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    private LockRules rules;

    @PostConstruct
    void configure() {
        rules = LockRules.configured();
    }

    /** Opening the editor: the caller gets the lock unless someone else holds a live one; never steals it. */
    public LockStatus open(long articleId) {
        Account caller = caller();
        EditLock current = lockFor(articleId);
        return apply(rules.onOpen(current, caller.getUsername()), current, articleId, caller);
    }

    /**
     * The editor page's periodic "still here". {@link LockStatus#mine()} is false when someone else took
     * over (then the page should stop sending heartbeats and say who has the article now).
     */
    public LockStatus heartbeat(long articleId) {
        Account caller = caller();
        EditLock current = lockFor(articleId);
        return apply(rules.onHeartbeat(current, caller.getUsername()), current, articleId, caller);
    }

    /** Takes the lock from whoever holds it, audited as {@value #TAKEN} with the previous holder. */
    public LockStatus takeOver(long articleId) {
        Account caller = caller();
        EditLock current = lockFor(articleId);
        return apply(rules.onTakeOver(current, caller.getUsername()), current, articleId, caller);
    }

    /** Leaving the editor. Only the holder's release removes the lock; anyone else's does nothing. */
    public void release(long articleId) {
        String caller = session.getCallerPrincipal().getName();
        EditLock current = lockFor(articleId);
        if (rules.mayRelease(current, caller)) {
            em.remove(current);
        }
    }

    /** Who is editing the article now, for lists and read-only views; empty when nobody holds a live lock. */
    public Optional<LockStatus> current(long articleId) {
        EditLock lock = em.find(EditLock.class, articleId);
        if (!rules.isLive(lock)) {
            return Optional.empty();
        }
        boolean mine = lock.isHeldBy(session.getCallerPrincipal().getName());
        return Optional.of(LockStatus.of(lock, mine ? State.REFRESHED : State.HELD_BY_OTHER, null));
    }

    /** How often the editor page should call {@link #heartbeat}. */
    public Duration heartbeatInterval() {
        return rules.heartbeatInterval();
    }

    private LockStatus apply(Step step, EditLock current, long articleId, Account caller) {
        String username = caller.getUsername();
        switch (step) {
            case ACQUIRE -> {
                if (current == null) {
                    EditLock created = new EditLock(articleId, username, caller.getDisplayName(), rules.now());
                    em.persist(created);
                    return LockStatus.of(created, State.ACQUIRED, null);
                }
                current.handTo(username, caller.getDisplayName(), rules.now());
                return LockStatus.of(current, State.ACQUIRED, null);
            }
            case REFRESH -> {
                current.refresh(rules.now());
                return LockStatus.of(current, State.REFRESHED, null);
            }
            case TAKE_OVER -> {
                String previousUsername = current.getHolderUsername();
                String previousName = current.getHolderName();
                String detail = "from " + previousName + " (" + previousUsername + "), editing since "
                        + current.getSince() + " UTC, last heartbeat " + current.getHeartbeatAt() + " UTC"
                        + (rules.isLive(current) ? "" : " (lapsed)");
                current.handTo(username, caller.getDisplayName(), rules.now());
                audit.record(username, TAKEN, "article " + articleId, detail);
                return LockStatus.of(current, State.TAKEN_OVER, previousName);
            }
            case REFUSE -> {
                return LockStatus.of(current, State.HELD_BY_OTHER, null);
            }
            default -> throw new IllegalStateException("unknown step " + step);
        }
    }

    /**
     * The article's lock row (or null), read after locking the article's row: this serialises every lock
     * change for one article across instances.
     */
    private EditLock lockFor(long articleId) {
        if (em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new ArticleRejected(Wording.refusal("article.missing", String.valueOf(articleId)));
        }
        return em.find(EditLock.class, articleId);
    }

    private Account caller() {
        return em.createQuery("select a from Account a where a.username = :name and a.enabled = true", Account.class)
                .setParameter("name", session.getCallerPrincipal().getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowRefused(Wording.refusal("account.disabled")));
    }
}
