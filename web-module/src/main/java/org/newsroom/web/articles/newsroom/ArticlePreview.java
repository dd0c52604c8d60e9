package org.newsroom.web.articles.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.workflow.ArticleEditing;
import org.newsroom.news.workingcopy.WorkingCopies;
import org.newsroom.news.workingcopy.WorkingCopyView;
import org.newsroom.web.accounts.signin.StaffLanguage;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.editions.ReaderEdition;
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

    @Inject
    private StaffLanguage staffLanguage;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private ArticleView article;
    private EditorView saved;
    private WorkingCopyView typed;

    public void load() {
        saved = editing.load(id);
        ReaderEdition.decide(request, edition());
        Optional<WorkingCopyView> offer = workingCopies.offer(id);
        typed = offer.orElse(null);
        article = typed == null ? editing.preview(id)
                : editing.preview(id, typed.text().edit(), typed.text().imageCaption(), typed.text().imageCredit(),
                        typed.text().imageAlt());
    }

    /**
     * The article's edition: the page is the readers' page of that edition, in its language (the
     * view's locale), whatever the staff member's interface language.
     */
    public Locale getLocale() {
        return edition().locale();
    }

    /** The banner's words, in the staff member's interface language (not the view's: that is the article's). */
    public String staffText(String key) {
        return staffTexts().text(key);
    }

    /** What this page shows, in words for the banner. */
    public String getWhatIsShown() {
        EditionTexts texts = staffTexts();
        String status = texts.text("status." + saved.status().name());
        LocalDateTime when = typed != null ? typed.savedAt() : saved.updatedAt();
        String moment = texts.dateAndTime(when, OutletTime.zone()) + " (" + OutletTime.zone().getId() + ")";
        return texts.format(typed != null ? "preview.typed" : "preview.saved", moment, status);
    }

    /** The date readers will see: the publication date, else the scheduled one, else today's. */
    public String getDateLine() {
        return EditionTexts.of(edition()).dateHeading(dateShown(), OutletTime.zone());
    }

    private Edition edition() {
        return Edition.ofLanguage(saved.language());
    }

    private EditionTexts staffTexts() {
        return EditionTexts.of(Edition.ofLanguage(staffLanguage.getCode()));
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
