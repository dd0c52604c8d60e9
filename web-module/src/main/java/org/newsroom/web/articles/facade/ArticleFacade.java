package org.newsroom.web.articles.facade;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.news.revision.Revision;
import org.newsroom.news.workflow.ArticleEditing;
import org.newsroom.news.workflow.Publishing;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.web.faces.RefusalsShown;
import org.newsroom.web.http.OutletTime;

/**
 * The staff's use cases on an article, written once for every interface: the editor page
 * ({@code web.articles.newsroom}) and the staff API ({@code web.articles.api}) both call this. It saves
 * before it acts, so nothing typed is lost; it turns the newsroom's clock time into the UTC the news
 * module stores; it words a lost race the same way everywhere. Refusals pass through as they are
 * ({@link Refusal}); each interface shows them once.
 */
@ApplicationScoped
public class ArticleFacade {

    @Inject
    private ArticleEditing editing;

    @Inject
    private Publishing publishing;

    @Inject
    private MediaLibrary media;

    public EditorView load(long id) {
        return editing.load(id);
    }

    /** A new draft ({@code id} null) or a save of an existing article, never over a newer save. */
    public EditorView store(Long id, ArticleEdit edit) {
        return id == null ? editing.create(edit) : editing.save(id, edit);
    }

    /** Stores the featured image's caption, credit and alt text, then the article. */
    public EditorView store(Long id, ArticleEdit edit, ImageText image) {
        if (image != null && edit.featuredImageId() != null) {
            media.describe(edit.featuredImageId(), image.caption(), image.credit(), image.alt());
        }
        return store(id, edit);
    }

    /**
     * Performs a workflow action.
     *
     * @param when for SCHEDULE, the moment chosen (in any zone); otherwise ignored and may be null
     */
    public ArticleStatus act(long id, WorkflowAction action, String comment, ZonedDateTime when) {
        checkComment(action, comment);
        LocalDateTime utc = when == null ? null : when.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        return publishing.perform(id, action, comment, utc);
    }

    /** Refuses a send-back without a reason before anything is saved or done. */
    public void checkComment(WorkflowAction action, String comment) {
        if (action == WorkflowAction.SEND_BACK && (comment == null || comment.isBlank())) {
            throw Refusal.invalid("comment", RefusalsShown.wording("refusal.comment.missing"));
        }
    }

    public List<Revision> revisions(long id) {
        return editing.revisions(id);
    }

    public List<FieldChange> compare(long id, int from, int to) {
        return editing.compare(id, from, to);
    }

    public EditorView restore(long id, int revisionNumber, long basedOnVersion) {
        return editing.restore(id, revisionNumber, basedOnVersion);
    }

    /** A moment as staff type it: with an offset ("2026-11-27T15:00+05:00"), or in the newsroom's own time. */
    public static ZonedDateTime typedTime(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(typed.strip()).toZonedDateTime();
        } catch (DateTimeParseException noOffset) {
            try {
                return LocalDateTime.parse(typed.strip()).atZone(OutletTime.zone());
            } catch (DateTimeParseException unreadable) {
                throw Refusal.invalid(field, RefusalsShown.wording("refusal.time.unreadable"));
            }
        }
    }

    /** A clock time picked on a page, which is always the newsroom's time. */
    public static ZonedDateTime outletTime(LocalDateTime picked) {
        return picked == null ? null : picked.atZone(OutletTime.zone());
    }

    /** The one wording of a save that lost the race. */
    public static String staleNotice(StaleEdit stale) {
        return "Not saved: " + stale.savedBy() + " saved this article at " + OutletTime.describe(stale.savedAt())
                + ", after you opened it. Your text is still here: compare it with theirs, merge by hand and save again.";
    }

    /** The featured image's words, saved with the article. */
    public record ImageText(String caption, String credit, String alt) {
    }
}
