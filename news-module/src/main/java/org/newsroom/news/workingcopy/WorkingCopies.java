package org.newsroom.news.workingcopy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.revision.Revision;
import org.newsroom.news.revision.Revisions;
import org.newsroom.news.workflow.ArticleEditing;
import org.newsroom.news.workflow.Decision;
import org.newsroom.news.workflow.Workflow;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.news.workflow.WorkflowRefused;

/**
 * The editor's autosave, one working copy per member of staff and article (see {@link WorkingCopy}).
 * Each caller only ever reads and writes their own. Keeping one writes no revision and leaves the
 * article (and its version) alone.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class WorkingCopies {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ArticleEditing editing;

    @Inject
    private Revisions revisions;

    @Inject
    private AuditLog audit;

    /**
     * Keeps what the caller has typed into the article ({@code articleId} null: a new one).
     *
     * @return when it was kept (UTC)
     */
    public LocalDateTime keep(Long articleId, WorkingText text) {
        if (articleId != null && em.find(Article.class, articleId) == null) {
            throw new ArticleRejected(Wording.refusal("article.missing", String.valueOf(articleId)));
        }
        WorkingCopy copy = mine(articleId).orElseGet(() -> {
            WorkingCopy created = new WorkingCopy(articleId, caller());
            em.persist(created);
            return created;
        });
        LocalDateTime now = now();
        copy.keep(text, now, null);
        return now;
    }

    /** The caller's working copy of the article, when it says something the saved article does not. */
    public Optional<WorkingCopyView> offer(Long articleId) {
        Optional<WorkingCopy> copy = mine(articleId);
        if (copy.isEmpty() || articleId != null && copy.get().sameAs(editing.load(articleId))) {
            return Optional.empty();
        }
        return copy.map(WorkingCopy::view);
    }

    /** The text is saved (or thrown away on purpose): nothing to offer back any more. */
    public void discard(Long articleId) {
        List<WorkingCopy> copies = copiesOf(articleId);
        copies.forEach(em::remove);
    }

    /**
     * An old revision put into the editor as the caller's working copy: nothing changes for readers
     * until the caller saves or publishes it. The bylines stay as they are now (revisions do not keep them).
     */
    public WorkingCopyView fromRevision(long articleId, int revisionNumber) {
        String username = caller();
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new ArticleRejected(Wording.refusal("article.missing", String.valueOf(articleId)));
        }
        Account who = em.createQuery("select a from Account a where a.username = :name and a.enabled = true", Account.class)
                .setParameter("name", username).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowRefused(Wording.refusal("account.disabled")));
        Decision decision = Workflow.decide(who.getRole(), article.isAuthoredBy(username), article.getStatus(),
                WorkflowAction.RESTORE_REVISION);
        if (!decision.allowed()) {
            audit.record(username, AuditLog.REFUSED, "article " + articleId,
                    WorkflowAction.RESTORE_REVISION.label() + ": " + decision.refusal());
            throw new WorkflowRefused(decision.wording());
        }
        Revision old = revisions.find(articleId, revisionNumber)
                .orElseThrow(() -> new ArticleRejected(Wording.refusal("article.revision.missing", String.valueOf(revisionNumber))));
        var content = old.snapshot();
        MediaItem image = old.getFeaturedImageId() == null ? null : em.find(MediaItem.class, old.getFeaturedImageId());
        ArticleEdit edit = new ArticleEdit(article.getVersion(), content.title(), content.slug(), content.excerpt(),
                content.bodyHtml(), content.sections(), content.tags(),
                article.getBylines().stream().map(Account::getUsername).toList(), content.language(),
                image == null ? null : image.getId());
        WorkingText text = new WorkingText(edit, image == null ? null : image.getCaption(),
                image == null ? null : image.getCredit(), image == null ? null : image.getAltText());
        WorkingCopy copy = mine(articleId).orElseGet(() -> {
            WorkingCopy created = new WorkingCopy(articleId, username);
            em.persist(created);
            return created;
        });
        copy.keep(text, now(), "Revision " + revisionNumber);
        return copy.view();
    }

    private Optional<WorkingCopy> mine(Long articleId) {
        return copiesOf(articleId).stream().findFirst();
    }

    /** Newest first; two tabs saving at once may leave two rows, and the newest one is the one offered. */
    private List<WorkingCopy> copiesOf(Long articleId) {
        String query = "select w from WorkingCopy w where w.username = :name and "
                + (articleId == null ? "w.articleId is null" : "w.articleId = :article") + " order by w.savedAt desc";
        var typed = em.createQuery(query, WorkingCopy.class).setParameter("name", caller());
        if (articleId != null) {
            typed.setParameter("article", articleId);
        }
        return typed.getResultList();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC()).truncatedTo(ChronoUnit.MILLIS);
    }
}
