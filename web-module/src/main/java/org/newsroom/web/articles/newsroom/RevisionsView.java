package org.newsroom.web.articles.newsroom;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.revision.FieldChange;
import org.newsroom.news.revision.Revision;
import org.newsroom.news.workingcopy.WorkingCopies;
import org.newsroom.web.articles.facade.ArticleFacade;
import org.newsroom.web.faces.StaffTexts;

/** /newsroom/revisions.xhtml: every save of an article, the difference between two, restore. */
@Named
@ViewScoped
public class RevisionsView implements Serializable {

    private static final long serialVersionUID = 1L;


    @Inject
    private ArticleFacade editing;

    @Inject
    private WorkingCopies workingCopies;

    private Long id;
    private EditorView article;
    private List<Revision> all;
    private int from;
    private int to;
    private List<FieldChange> changes = List.of();

    public void load() {
        article = editing.load(id);
        all = editing.revisions(id);
        if (!all.isEmpty() && to == 0) {
            to = all.get(0).getNumber();
            from = all.size() > 1 ? all.get(1).getNumber() : to;
            compare();
        }
    }

    public void compare() {
        changes = editing.compare(id, from, to);
    }

    /**
     * A published article's revision goes into the editor as the caller's working copy, live only when
     * saved or published there (as WordPress restores into the editor); any other article's is restored
     * at once as a new revision.
     */
    public String restore(int number) {
        // A refusal (a newer save, a role that may not) is shown by web.faces.RefusalsShown.
        if (article.status() == ArticleStatus.PUBLISHED) {
            workingCopies.fromRevision(id, number);
            return "/newsroom/edit.xhtml?faces-redirect=true&id=" + id + "&restored=" + number;
        }
        editing.restore(id, number, article.version());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                StaffTexts.text("revisions.restored", number), null));
        to = 0;
        load();
        return null;
    }

    public boolean isPublished() {
        return article.status() == ArticleStatus.PUBLISHED;
    }

    /** "1 December 2026, 14:05 (Asia/Almaty) by Rita Reporter", in the interface language. */
    public String savedBy(Revision revision) {
        return StaffTexts.text("revisions.savedBy", StaffTexts.moment(revision.getSavedAt()), revision.getSavedBy());
    }

    public String restoreQuestion(Revision revision) {
        return StaffTexts.text("revisions.restoreQuestion", revision.getNumber());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EditorView getArticle() {
        return article;
    }

    public List<Revision> getAll() {
        return all;
    }

    public int getFrom() {
        return from;
    }

    public void setFrom(int from) {
        this.from = from;
    }

    public int getTo() {
        return to;
    }

    public void setTo(int to) {
        this.to = to;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
