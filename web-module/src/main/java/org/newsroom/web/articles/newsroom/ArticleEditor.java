package org.newsroom.web.articles.newsroom;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.news.revision.RevisionDiff;
import org.newsroom.news.slug.Slugs;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.web.accounts.signin.SignedInStaff;
import org.newsroom.web.articles.facade.ArticleFacade;
import org.newsroom.web.faces.RefusalsShown;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.http.Permalinks;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /newsroom/edit.xhtml: writing an article and moving it through the workflow. A save over a newer
 * one is refused: the editor keeps what was typed, sees who saved and what differs, and decides.
 * What is typed is autosaved ({@link EditorWorkingCopy}); while someone else holds the soft lock
 * nothing is changed from here ({@link EditLockPanel}).
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MESSAGES = "editor:messages";

    @Inject
    private ArticleFacade articles;

    @Inject
    private MediaLibrary media;

    @Inject
    private EditLockPanel lock;

    @Inject
    private EditorWorkingCopy workingCopy;

    @Inject
    private SignedInStaff staff;

    private Long id;
    private final ArticleForm form = new ArticleForm();
    private ArticleStatus status;
    private String authorUsername;
    private String reviewComment;
    private String lastEditedBy;
    private LocalDateTime updatedAt;
    private LocalDateTime scheduledFor;
    private LocalDateTime publishedAt;
    private boolean loaded;
    /** "id:version" of the article as last loaded or saved: editor.js sees a save by its change. */
    private String savedVersion = "new";

    /** The library image picked in the menu; kept apart from the form's image so an upload is not undone by it. */
    private Long libraryChoice;
    private String comment;
    /** In the newsroom's time zone, as typed or picked. */
    private LocalDateTime publishAt;

    private String staleMessage;
    private long theirVersion;
    private List<FieldChange> staleDifferences = List.of();

    /** f:viewAction: an existing article (?id=) or a new one; then any unsaved text of the caller's. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            show(articles.load(id));
            if (staff.may(WorkflowAction.EDIT.name(), status, authorUsername)) {
                lock.open(id);
            }
        }
        workingCopy.open(id, form);
    }

    /** An image from the upload field becomes the featured image (saved with the next save). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            form.getImage().use(media.upload(file.getFileName(), file.getContent(), form.getImage().getCaption(),
                    form.getImage().getCredit(), form.getImage().getAlt()));
            libraryChoice = null;
            message("editor:image", FacesMessage.SEVERITY_INFO, StaffTexts.text("editor.image.uploaded"));
        } catch (Refusal refused) {
            // Shown beside the upload field rather than on top, where RefusalsShown would put it.
            message("editor:image", FacesMessage.SEVERITY_ERROR, RefusalsShown.said(refused));
        }
    }

    /** An image already in the library becomes the featured image, with its caption, credit and alt text. */
    public void useExistingImage() {
        if (libraryChoice != null) {
            media.find(libraryChoice).ifPresent(form.getImage()::use);
        }
    }

    public List<MediaItem> getRecentImages() {
        return media.recent(20);
    }

    public void removeImage() {
        form.getImage().clear();
        libraryChoice = null;
    }

    public void save() {
        store(true);
    }

    /**
     * Saves the form; says so when {@code announce}. Returns whether it was saved. Any other refusal
     * than a lost race is shown by {@code RefusalsShown}, beside its field.
     */
    private boolean store(boolean announce) {
        if (!lock.stillMine()) {
            error(StaffTexts.text("editor.lock.notSaved", lock.getMessage()));
            return false;
        }
        try {
            Long before = id;
            EditorView saved = articles.store(before, form.toEdit(), new ArticleFacade.ImageText(
                    form.getImage().getCaption(), form.getImage().getCredit(), form.getImage().getAlt()));
            if (before == null) {
                lock.open(saved.id());
            }
            show(saved);
            workingCopy.saved(before, saved.id());
            staleMessage = null;
            if (announce) {
                info(StaffTexts.text(before == null ? "editor.draftCreated" : "editor.saved"));
            }
            return true;
        } catch (StaleEdit stale) {
            showStale(stale);
            return false;
        }
    }

    /** After a refused stale save: keep my text and write it over theirs, knowingly. */
    public void saveMineOverTheirs() {
        form.basedOn(theirVersion);
        save();
    }

    /** After a refused stale save: drop my text and take theirs. */
    public void takeTheirs() {
        show(articles.load(id));
        workingCopy.saved(id, id);
        staleMessage = null;
        info(StaffTexts.text("editor.stale.theirsLoaded"));
    }

    /** Saves what is on screen first, then performs the action, so nothing typed is lost. */
    public void act(String actionName) {
        WorkflowAction action = WorkflowAction.valueOf(actionName);
        articles.checkComment(action, comment);
        if (!store(false)) {
            return;
        }
        status = articles.act(id, action, comment, ArticleFacade.outletTime(publishAt));
        show(articles.load(id));
        if (!staff.may(WorkflowAction.EDIT.name(), status, authorUsername)) {
            lock.release();
        }
        comment = null;
        info(StaffTexts.text("editor.done", StaffTexts.text("editor.action." + action.name()), StaffTexts.status(status)));
    }

    /**
     * The reader's address the article has (or will have) under the site's permalink pattern: its
     * publication date once published, else the scheduled one, else today's, as publishing now would.
     */
    public String getSlugPreview() {
        String typed = form.getSlug();
        String slug = typed != null && !typed.isBlank() ? Slugs.fromTitle(typed) : Slugs.fromTitle(form.getTitle());
        LocalDateTime when = publishedAt != null ? publishedAt
                : scheduledFor != null ? scheduledFor : LocalDateTime.now(ZoneOffset.UTC);
        String language = form.getLanguage() == null || form.getLanguage().isBlank()
                ? org.newsroom.news.article.HeadlineLanguage.of(form.getTitle()) : form.getLanguage();
        return Permalinks.path(slug, when, org.newsroom.news.edition.Edition.ofLanguage(language));
    }

    public String getUpdated() {
        return updatedAt == null ? "" : lastEditedBy == null ? StaffTexts.moment(updatedAt)
                : StaffTexts.text("editor.savedBy", StaffTexts.moment(updatedAt), lastEditedBy);
    }

    public String getScheduled() {
        return StaffTexts.moment(scheduledFor);
    }

    /** "Publish at (Asia/Almaty time, YYYY-MM-DD HH:MM)", in the interface language. */
    public String getPublishAtLabel() {
        return StaffTexts.text("editor.publishAt", OutletTime.zone().getId());
    }

    /** Whether this page may change the article now: not while someone else holds the soft lock. */
    public boolean isReadOnly() {
        return lock.isLockedByOther();
    }

    private void show(EditorView article) {
        id = article.id();
        savedVersion = article.id() + ":" + article.version();
        form.show(article);
        status = article.status();
        authorUsername = article.authorUsername();
        reviewComment = article.reviewComment();
        lastEditedBy = article.lastEditedBy();
        updatedAt = article.updatedAt();
        scheduledFor = article.scheduledFor();
        publishedAt = article.publishedAt();
    }

    private void showStale(StaleEdit stale) {
        EditorView theirs = articles.load(id);
        theirVersion = theirs.version();
        staleMessage = StaffTexts.text("editor.stale.notSaved", stale.savedBy(), StaffTexts.moment(stale.savedAt()));
        staleDifferences = RevisionDiff.between(theirs.snapshot(), form.toEdit().snapshot());
        error(staleMessage);
    }

    static void message(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static void info(String text) {
        message(null, FacesMessage.SEVERITY_INFO, text);
    }

    private static void error(String text) {
        message(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** The article as stored now (the translation box reads its link from it). */
    public EditorView currentView() {
        return id == null ? null : articles.load(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSavedVersion() {
        return savedVersion;
    }

    public ArticleForm getForm() {
        return form;
    }

    public String getTitle() {
        return form.getTitle();
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getAuthorUsername() {
        return authorUsername;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Long getLibraryChoice() {
        return libraryChoice;
    }

    public void setLibraryChoice(Long libraryChoice) {
        this.libraryChoice = libraryChoice;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public long getMaxUploadBytes() {
        return media.maxUploadBytes();
    }

    public String getStaleMessage() {
        return staleMessage;
    }

    public List<FieldChange> getStaleDifferences() {
        return staleDifferences;
    }
}
