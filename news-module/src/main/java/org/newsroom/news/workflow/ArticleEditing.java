package org.newsroom.news.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleBody;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.Byline;
import org.newsroom.news.article.BodyLimit;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.Excerpt;
import org.newsroom.news.article.FreeSlugs;
import org.newsroom.news.article.NoSuchArticle;
import org.newsroom.news.article.PublishedMedia;
import org.newsroom.news.article.SlugRedirect;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.refusal.Constraints;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.news.revision.Revision;
import org.newsroom.news.revision.Revisions;
import org.newsroom.news.section.Section;
import org.newsroom.news.slug.Slugs;

/**
 * Writing articles: creating drafts, saving (never over a newer save), restoring revisions. Who
 * may edit what is the workflow's rule, checked here, not only by hiding buttons.
 */
@Stateless
@RolesAllowed({Role.REPORTER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleEditing {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Revisions revisions;

    @Inject
    private AuditLog audit;

    @Inject
    private Accounts accounts;

    @Inject
    private Validator validator;

    private final BodyLimit bodyLimit = BodyLimit.configured();

    public EditorView create(ArticleEdit draft) {
        Account author = caller();
        LocalDateTime now = now();
        Article article;
        try {
            article = new Article(draft.title(), "", author, List.of(), now);
        } catch (IllegalArgumentException invalid) {
            throw new ArticleRejected(invalid);
        }
        applyEdit(article, draft, author, now);
        em.persist(article);
        em.flush();
        revisions.record(article.getId(), author.getUsername(), now, article.snapshot(), imageId(article), "Created");
        return EditorView.of(article);
    }

    /** @throws NoSuchArticle also for an article the caller may not read: its existence is confidential too */
    public EditorView load(long id) {
        return EditorView.of(readable(id));
    }

    /** The article's revisions, newest first, for those who may read it. */
    public List<Revision> revisions(long id) {
        readable(id);
        return revisions.of(id);
    }

    /** What changed between two revisions, for those who may read the article. */
    public List<FieldChange> compare(long id, int older, int newer) {
        readable(id);
        if (older < 0 || newer < 1) {
            throw new ArticleRejected(Wording.refusal("revision.compare.numbers"));
        }
        try {
            return revisions.compare(id, older, newer);
        } catch (IllegalArgumentException unknown) {
            throw new ArticleRejected(unknown);
        }
    }

    private Article readable(long id) {
        Article article = article(id);
        Account reader = caller();
        if (!article.readableBy(reader.getRole(), reader.getUsername())) {
            throw new NoSuchArticle(id);
        }
        return article;
    }

    /** The saved article as readers would see it, whatever its status (the newsroom's preview). */
    public ArticleView preview(long id) {
        return ArticleView.of(article(id));
    }

    /**
     * Text not saved yet (the caller's working copy), as readers would see it once saved: sanitised as a
     * save would, with the sections, bylines and image it names. Nothing is written.
     */
    public ArticleView preview(long id, ArticleEdit typed, String imageCaption, String imageCredit, String imageAlt) {
        Article article = article(id);
        List<Section> sections = typed.sectionSlugs().isEmpty() ? List.of()
                : em.createQuery("select s from Section s where s.slug in :slugs", Section.class)
                        .setParameter("slugs", typed.sectionSlugs()).getResultList();
        List<Byline> bylines = (typed.bylineUsernames().isEmpty() ? article.getBylines()
                : em.createQuery("select a from Account a where a.username in :names", Account.class)
                        .setParameter("names", typed.bylineUsernames()).getResultList())
                .stream().map(Byline::of).toList();
        MediaItem image = typed.featuredImageId() == null ? null : em.find(MediaItem.class, typed.featuredImageId());
        String body = ArticleBody.sanitize(typed.body() == null ? "" : typed.body());
        String standfirst = typed.excerpt() == null || typed.excerpt().isBlank() ? null : typed.excerpt().strip();
        return new ArticleView(article.getId(), typed.title(), article.getSlug(),
                standfirst != null ? standfirst : Excerpt.derive(body, Excerpt.DEFAULT_LENGTH), body,
                article.getAuthor().getDisplayName(), sections.stream().map(Section::getName).toList(),
                article.getPublishedAt(), image == null ? null : image.path(), image == null ? null : imageCaption,
                image == null ? null : imageCredit, image == null ? null : imageAlt,
                sections.stream().map(Section::getSlug).toList(), typed.tags(), bylines, article.getUpdatedAt(),
                typed.language() == null ? article.getLanguage() : typed.language(), standfirst,
                image == null ? null : image.picture(), null, null);
    }

    public EditorView save(long id, ArticleEdit edit) {
        Account editor = caller();
        Article article = article(id);
        allow(editor, article, WorkflowAction.EDIT);
        return saveAs(editor, article, edit, null);
    }

    /** Restoring writes the old revision's content as a new revision; nothing is overwritten. */
    public EditorView restore(long id, int revisionNumber, long basedOnVersion) {
        Account editor = caller();
        Article article = article(id);
        allow(editor, article, WorkflowAction.RESTORE_REVISION);
        Revision old = revisions.find(article.getId(), revisionNumber)
                .orElseThrow(() -> new ArticleRejected(Wording.refusal("article.revision.missing", String.valueOf(revisionNumber))));
        var content = old.snapshot();
        ArticleEdit asEdit = new ArticleEdit(basedOnVersion, content.title(), content.slug(), content.excerpt(),
                content.bodyHtml(), content.sections(), content.tags(), List.of(), content.language(),
                old.getFeaturedImageId());
        return saveAs(editor, article, asEdit, "Restored revision " + revisionNumber);
    }

    private EditorView saveAs(Account editor, Article article, ArticleEdit edit, String note) {
        if (article.getVersion() != edit.basedOnVersion()) {
            throw staleBecause(article);
        }
        LocalDateTime now = now();
        applyEdit(article, edit, editor, now);
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw staleBecause(em.find(Article.class, article.getId()));
        } catch (PersistenceException failed) {
            if (failed.getCause() instanceof OptimisticLockException) {
                throw staleBecause(article);
            }
            throw failed;
        }
        revisions.record(article.getId(), editor.getUsername(), now, article.snapshot(), imageId(article), note);
        PublishedMedia.release(em, article, now);
        return EditorView.of(article);
    }

    private void applyEdit(Article article, ArticleEdit edit, Account editor, LocalDateTime now) {
        bodyLimit.check(edit.body());
        String wanted = edit.slug() == null || edit.slug().isBlank()
                ? (article.getSlug() == null || article.getSlug().isBlank() ? Slugs.fromTitle(edit.title()) : article.getSlug())
                : Slugs.fromTitle(edit.slug());
        List<Section> sections = edit.sectionSlugs().isEmpty() ? List.of()
                : em.createQuery("select s from Section s where s.slug in :slugs", Section.class)
                        .setParameter("slugs", edit.sectionSlugs()).getResultList();
        List<Account> bylines = edit.bylineUsernames().isEmpty() ? List.of()
                : em.createQuery("select a from Account a where a.username in :names", Account.class)
                        .setParameter("names", edit.bylineUsernames()).getResultList();
        MediaItem image = edit.featuredImageId() == null ? null : em.find(MediaItem.class, edit.featuredImageId());
        if (edit.featuredImageId() != null && image == null) {
            throw new ArticleRejected(Wording.refusal("article.image.missing"));
        }
        Optional<String> oldAddress;
        try {
            oldAddress = article.apply(edit, uniqueSlug(wanted, article), sections, bylines, image, editor, now);
        } catch (IllegalArgumentException invalid) {
            throw new ArticleRejected(invalid);
        }
        Constraints.check(validator, article);
        if (article.getId() != null) {
            // The new address may have been an old one of this article: it is current again, not a redirect.
            em.createQuery("delete from SlugRedirect r where r.oldSlug = :slug").setParameter("slug", article.getSlug())
                    .executeUpdate();
        }
        oldAddress.ifPresent(old -> em.persist(new SlugRedirect(old, article)));
    }

    private static Long imageId(Article article) {
        return article.getFeaturedImage() == null ? null : article.getFeaturedImage().getId();
    }

    private String uniqueSlug(String wanted, Article self) {
        // A new article has no id yet: every article and every redirect counts as another's.
        return FreeSlugs.forArticle(em, wanted, self.getId());
    }

    private void allow(Account who, Article article, WorkflowAction action) {
        Decision decision = Workflow.decide(who.getRole(), article.isAuthoredBy(who.getUsername()), article.getStatus(), action);
        if (!decision.allowed()) {
            audit.record(who.getUsername(), AuditLog.REFUSED, "article " + article.getId(),
                    action.label() + ": " + decision.refusal());
            throw new WorkflowRefused(decision.wording());
        }
    }

    private StaleEdit staleBecause(Article current) {
        Account last = current.getLastEditedBy();
        return new StaleEdit(last == null ? "someone" : last.getDisplayName(), current.getUpdatedAt(), current.getVersion());
    }

    private Article article(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NoSuchArticle(id);
        }
        return article;
    }

    /** The account acting, read afresh: a role change or a disabled account takes effect at once. */
    private Account caller() {
        return accounts.findEnabled(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new WorkflowRefused(Wording.refusal("account.disabled")));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
