package org.newsroom.web.articles.newsroom;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.workingcopy.WorkingCopies;
import org.newsroom.news.workingcopy.WorkingCopyView;
import org.newsroom.web.faces.StaffTexts;

/**
 * The editor's autosave: every few seconds of typing the page sends the form here (a Faces ajax
 * request, so the view state protects it) and it is kept as the member of staff's working copy,
 * without a revision and without moving the article's version. Opening the editor again offers
 * it back; a revision restored into the editor arrives the same way.
 */
@Named
@ViewScoped
public class EditorWorkingCopy implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WorkingCopies workingCopies;

    @Inject
    private MediaLibrary media;

    private Long articleId;
    private ArticleForm form;
    private WorkingCopyView offer;
    private static final Pattern REVISION_NOTE = Pattern.compile("Revision (\\d+)");

    private LocalDateTime autosavedAt;
    private String autosaveProblem;
    /** Whether the text on the page has been autosaved and not saved since, so leaving would leave it unsaved. */
    private boolean pending;
    private boolean sessionHadEnded;

    /** Called once the editor has loaded the article ({@code articleId} null: a new one) into {@code form}. */
    void open(Long articleId, ArticleForm form) {
        this.articleId = articleId;
        this.form = form;
        offer = workingCopies.offer(articleId).orElse(null);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        sessionHadEnded = "1".equals(params.get("expired"));
        if (offer != null && offer.note() != null && params.get("restored") != null) {
            String note = noteShown(offer.note());
            restore();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    StaffTexts.text("editor.offer.restoredNote", note), null));
        }
    }

    /** p:remoteCommand from editor.js, a few seconds after the last keystroke. */
    public void autosave() {
        try {
            autosavedAt = workingCopies.keep(articleId, form.toWorkingText());
            autosaveProblem = null;
            pending = true;
        } catch (ArticleRejected | EJBException failed) {
            autosaveProblem = StaffTexts.text("editor.autosave.failed");
        }
    }

    /** "Restore": the offered text goes into the form, typed over the version it was typed over. */
    public void restore() {
        if (offer == null) {
            return;
        }
        Long imageId = offer.text().edit().featuredImageId();
        String path = imageId == null ? null : media.find(imageId).map(MediaItem::path).orElse(null);
        form.show(offer.text(), path);
        autosavedAt = offer.savedAt();
        pending = true;
        offer = null;
    }

    /** "Discard": the offered text is thrown away; the form keeps the saved article. */
    public void discard() {
        workingCopies.discard(articleId);
        offer = null;
        pending = false;
    }

    /** The article was saved (a new one now has {@code articleIdNow}): the working copy has done its job. */
    void saved(Long articleIdBefore, long articleIdNow) {
        workingCopies.discard(articleIdBefore);
        articleId = articleIdNow;
        offer = null;
        pending = false;
    }

    public boolean isOffered() {
        return offer != null;
    }

    public String getOfferText() {
        if (offer == null) {
            return null;
        }
        String kept = offer.note() != null
                ? StaffTexts.text("editor.offer.noteKept", noteShown(offer.note()), StaffTexts.moment(offer.savedAt()))
                : StaffTexts.text("editor.offer.textKept", StaffTexts.moment(offer.savedAt()));
        return offer.basedOnVersion() != form.getVersion() ? kept + " " + StaffTexts.text("editor.offer.savedSince") : kept;
    }

    /** A working copy's note is stored as the news module writes it ("Revision 3"); staff read it in their language. */
    private static String noteShown(String note) {
        Matcher revision = REVISION_NOTE.matcher(note);
        return revision.matches() ? StaffTexts.text("editor.offer.revision", revision.group(1)) : note;
    }

    public String getStatus() {
        if (autosaveProblem != null) {
            return autosaveProblem;
        }
        return autosavedAt == null ? "" : StaffTexts.text("editor.autosave.at", StaffTexts.clock(autosavedAt));
    }

    public boolean isPending() {
        return pending;
    }

    /** The editor's words under "Your session had ended": what became of the text. */
    public String getSessionEndedNote() {
        if (!sessionHadEnded) {
            return "";
        }
        return offer != null
                ? StaffTexts.text("editor.sessionEnded.kept", StaffTexts.moment(offer.savedAt()))
                : StaffTexts.text("editor.sessionEnded.nothing");
    }
}
