package org.newsroom.web.newsroom;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleEditing;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.Slugs;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.media.MediaRejected;
import org.newsroom.news.media.UploadRefused;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.news.revision.RevisionDiff;
import org.newsroom.news.workflow.Publishing;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.news.workflow.WorkflowRefused;
import org.newsroom.web.site.OutletTime;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /newsroom/edit.xhtml: writing an article and moving it through the workflow. A save over a newer
 * one is refused: the editor keeps what was typed, sees who saved and what differs, and decides.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleEditing editing;

    @Inject
    private Publishing publishing;

    @Inject
    private MediaLibrary media;

    @Inject
    private EditLockPanel lock;

    @Inject
    private SignedInStaff staff;

    private Long id;
    private long version;
    private String title;
    private String slug;
    private String excerpt;
    private String body;
    private List<String> sectionSlugs = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<String> bylines = new ArrayList<>();
    private String language = "en";
    private ArticleStatus status;
    private String authorUsername;
    private String reviewComment;
    private String lastEditedBy;
    private LocalDateTime updatedAt;
    private LocalDateTime scheduledFor;

    private final FeaturedImageForm image = new FeaturedImageForm();

    private String comment;
    /** In the newsroom's time zone, as the date picker shows it. */
    private LocalDateTime publishAt;

    private String staleMessage;
    private long theirVersion;
    private List<FieldChange> staleDifferences = List.of();

    /** f:viewAction: an existing article (?id=) or a new one. */
    public void load() {
        if (id != null && title == null) {
            show(editing.load(id));
            if (staff.may(WorkflowAction.EDIT.name(), status, authorUsername)) {
                lock.open(id);
            }
        }
    }

    /** An image from the upload field becomes the featured image (saved with the next save). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            image.use(media.upload(file.getFileName(), file.getContent(), image.getCaption(), image.getCredit(),
                    image.getAlt()));
            info("Image uploaded; it becomes the featured image when you save.");
        } catch (UploadRefused | MediaRejected refused) {
            FacesContext.getCurrentInstance().addMessage("editor:image",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    /** An image already in the library becomes the featured image, with its caption, credit and alt text. */
    public void useExistingImage() {
        if (image.getId() != null) {
            media.find(image.getId()).ifPresent(image::use);
        }
    }

    public List<MediaItem> getRecentImages() {
        return media.recent(20);
    }

    public FeaturedImageForm getImage() {
        return image;
    }

    public List<String> getBylines() {
        return bylines;
    }

    public void setBylines(List<String> bylines) {
        this.bylines = bylines == null ? new ArrayList<>() : new ArrayList<>(bylines);
    }

    public void removeImage() {
        image.clear();
    }

    public void save() {
        ArticleEdit edit = new ArticleEdit(version, title, slug, excerpt, body, sectionSlugs, tags, bylines, language,
                image.getId());
        try {
            if (image.getId() != null) {
                media.describe(image.getId(), image.getCaption(), image.getCredit(), image.getAlt());
            }
            EditorView saved = id == null ? editing.create(edit) : editing.save(id, edit);
            boolean created = id == null;
            if (created) {
                lock.open(saved.id());
            }
            show(saved);
            staleMessage = null;
            info(created ? "Draft created." : "Saved.");
        } catch (StaleEdit stale) {
            showStale(stale, edit);
        } catch (WorkflowRefused | ArticleRejected | MediaRejected refused) {
            error(refused.getMessage());
        } catch (EJBAccessException denied) {
            error("Your role may not do this.");
        }
    }

    /** After a refused stale save: keep my text and write it over theirs, knowingly. */
    public void saveMineOverTheirs() {
        version = theirVersion;
        save();
    }

    /** After a refused stale save: drop my text and take theirs. */
    public void takeTheirs() {
        show(editing.load(id));
        staleMessage = null;
        info("Their version is loaded; your text was discarded.");
    }

    /** Saves what is on screen first, then performs the action, so nothing typed is lost. */
    public void act(String actionName) {
        WorkflowAction action = WorkflowAction.valueOf(actionName);
        if (action == WorkflowAction.SEND_BACK && (comment == null || comment.isBlank())) {
            FacesContext.getCurrentInstance().addMessage("editor:comment",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "Say what needs changing.", null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        save();
        if (staleMessage != null || FacesContext.getCurrentInstance().isValidationFailed() || id == null) {
            return;
        }
        try {
            LocalDateTime utc = publishAt == null ? null
                    : publishAt.atZone(OutletTime.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            status = publishing.perform(id, action, comment, utc);
            show(editing.load(id));
            comment = null;
            info(action.label() + ": done. The article is now " + status.name().toLowerCase().replace('_', ' ') + ".");
        } catch (WorkflowRefused | ArticleRejected refused) {
            error(refused.getMessage());
        } catch (EJBAccessException denied) {
            error("Your role may not do this.");
        }
    }

    public String getSlugPreview() {
        return slug != null && !slug.isBlank() ? Slugs.fromTitle(slug) : Slugs.fromTitle(title);
    }

    public String getUpdated() {
        return updatedAt == null ? "" : OutletTime.describe(updatedAt) + (lastEditedBy == null ? "" : " by " + lastEditedBy);
    }

    public String getScheduled() {
        return OutletTime.describe(scheduledFor);
    }

    private void show(EditorView article) {
        id = article.id();
        version = article.version();
        title = article.title();
        slug = article.slug();
        excerpt = article.excerpt();
        body = article.body();
        sectionSlugs = new ArrayList<>(article.sectionSlugs());
        tags = new ArrayList<>(article.tags());
        bylines = new ArrayList<>(article.bylineUsernames());
        language = article.language();
        status = article.status();
        authorUsername = article.authorUsername();
        reviewComment = article.reviewComment();
        lastEditedBy = article.lastEditedBy();
        updatedAt = article.updatedAt();
        scheduledFor = article.scheduledFor();
        image.show(article);
    }

    private void showStale(StaleEdit stale, ArticleEdit mine) {
        EditorView theirs = editing.load(id);
        theirVersion = theirs.version();
        staleMessage = "Not saved: " + stale.savedBy() + " saved this article at " + OutletTime.describe(stale.savedAt())
                + ", after you opened it. Your text is still here. Compare, merge by hand, then save yours over theirs "
                + "or take theirs.";
        staleDifferences = RevisionDiff.between(theirs.snapshot(), mine.snapshot());
        error(staleMessage);
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public void setExcerpt(String excerpt) {
        this.excerpt = excerpt;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getSectionSlugs() {
        return sectionSlugs;
    }

    public void setSectionSlugs(List<String> sectionSlugs) {
        this.sectionSlugs = sectionSlugs == null ? new ArrayList<>() : new ArrayList<>(sectionSlugs);
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
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
