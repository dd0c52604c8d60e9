package org.newsroom.news.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.FreeSlugs;
import org.newsroom.news.article.HeadlineSearch;
import org.newsroom.news.article.NoSuchArticle;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.slug.Slugs;

/**
 * Articles and their translations in the other edition: an editor links two (each names the other) or
 * starts the translation as a new draft with the same sections, tags and image. Editors' and admins'
 * work, as choosing what is published where is.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class Translations {

    public static final String LINKED = "TRANSLATION_LINKED";
    public static final String UNLINKED = "TRANSLATION_UNLINKED";
    public static final String DRAFTED = "TRANSLATION_DRAFTED";
    private static final int CHOICES = 10;

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditLog audit;

    /** An article of the other edition to choose as the translation, by its headline's words. */
    public record Choice(long id, String title, String language, String status) implements Serializable {
    }

    /** Up to ten articles of the other edition whose headline contains {@code words}, newest first. */
    public List<Choice> candidates(long id, String words) {
        Article article = article(id);
        Edition other = Edition.ofLanguage(article.getLanguage()).other();
        String folded = HeadlineSearch.fold(words == null ? "" : words.strip());
        return em.createQuery("select a from Article a where a.titleSearch like :words and a.id <> :self"
                        + " order by a.updatedAt desc", Article.class)
                .setParameter("words", "%" + folded.replace("%", "").replace("_", "") + "%")
                .setParameter("self", id)
                .setMaxResults(CHOICES * 5)
                .getResultStream()
                .filter(candidate -> Edition.ofLanguage(candidate.getLanguage()) == other)
                .limit(CHOICES)
                .map(candidate -> new Choice(candidate.getId(), candidate.getTitle(), candidate.getLanguage(),
                        candidate.getStatus().name()))
                .toList();
    }

    /** Links the two as each other's translation (an earlier partner of either is unlinked); null unlinks. */
    public EditorView link(long id, Long translationId) {
        Article article = article(id);
        Article other = translationId == null ? null : article(translationId);
        Article before = article.getTranslation();
        try {
            article.translatedAs(other);
        } catch (IllegalArgumentException invalid) {
            throw new ArticleRejected(invalid);
        }
        // Readers' pages follow at once (any write moves the content generation on); no "Updated" date:
        // a link to the translation is no change to the story.
        if (other != null) {
            audit.record(caller().getUsername(), LINKED, "article " + id, "translation: article " + other.getId());
        } else if (before != null) {
            audit.record(caller().getUsername(), UNLINKED, "article " + id, "was: article " + before.getId());
        }
        return EditorView.of(article);
    }

    /** A new draft in the other edition's language, linked, with the same sections, tags and image. */
    public EditorView draft(long id, String headline) {
        Article article = article(id);
        Account author = caller();
        if (headline != null && headline.strip().length() > Article.MAX_TITLE_LENGTH) {
            throw new ArticleRejected(Wording.refusal("article.title.tooLong", Article.MAX_TITLE_LENGTH));
        }
        if (headline == null || headline.isBlank()) {
            throw new ArticleRejected(Wording.refusal("translation.title.missing"));
        }
        // Before the draft exists: the query would flush the article, which is to name the new draft.
        String slug = FreeSlugs.forArticle(em, Slugs.fromTitle(headline), null);
        Article draft;
        try {
            draft = article.translationDraft(headline, author, now());
        } catch (IllegalArgumentException invalid) {
            throw new ArticleRejected(invalid);
        }
        draft.useSlug(slug);
        em.persist(draft);
        em.flush();
        audit.record(author.getUsername(), DRAFTED, "article " + draft.getId(), "translation of article " + id);
        return EditorView.of(draft);
    }

    private Article article(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NoSuchArticle(id);
        }
        return article;
    }

    private Account caller() {
        return accounts.findEnabled(session.getCallerPrincipal().getName())
                .orElseThrow(() -> new WorkflowRefused(Wording.refusal("account.disabled")));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
