package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.workflow.ArticleEditing;
import org.newsroom.news.workingcopy.WorkingCopies;
import org.newsroom.news.workingcopy.WorkingCopyView;
import org.newsroom.web.http.OutletTime;

/**
 * /newsroom/preview.xhtml: an article in the readers' layout and rendering, whatever its status. It
 * shows what the member of staff has in the editor: their autosaved text when there is some, else the
 * saved version.
 */
@Named
@RequestScoped
public class ArticlePreview {

    @Inject
    private ArticleEditing editing;

    @Inject
    private WorkingCopies workingCopies;

    private Long id;
    private ArticleView article;
    private EditorView saved;
    private WorkingCopyView typed;

    public void load() {
        saved = editing.load(id);
        Optional<WorkingCopyView> offer = workingCopies.offer(id);
        typed = offer.orElse(null);
        article = typed == null ? editing.preview(id)
                : editing.preview(id, typed.text().edit(), typed.text().imageCaption(), typed.text().imageCredit(),
                        typed.text().imageAlt());
    }

    /** What this page shows, in words for the banner. */
    public String getWhatIsShown() {
        String status = saved.status().name().toLowerCase().replace('_', ' ');
        return typed != null
                ? "your text not saved yet (autosaved at " + OutletTime.describe(typed.savedAt()) + ") of this " + status + " article."
                : "the version saved at " + OutletTime.describe(saved.updatedAt()) + " of this " + status + " article.";
    }

    /** The date readers will see: the publication date, else the scheduled one, else today's. */
    public String getDateLine() {
        return OutletTime.heading(dateShown(), OutletTime.zone());
    }

    public String getDateIso() {
        return OutletTime.iso(dateShown());
    }

    private LocalDateTime dateShown() {
        if (saved.publishedAt() != null) {
            return saved.publishedAt();
        }
        return saved.scheduledFor() != null ? saved.scheduledFor() : LocalDateTime.now(Clock.systemUTC());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleView getArticle() {
        return article;
    }
}
