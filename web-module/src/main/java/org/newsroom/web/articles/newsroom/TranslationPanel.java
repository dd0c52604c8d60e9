package org.newsroom.web.articles.newsroom;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.workflow.Translations;
import org.newsroom.web.faces.AdminMessages;
import org.newsroom.web.faces.RefusalsShown;
import org.newsroom.web.faces.StaffTexts;

/**
 * The editor's translation box: find the same story in the other edition by its headline and link it,
 * unlink it, or start the translation as a new draft (same sections, tags and image; headline typed here).
 */
@Named
@ViewScoped
public class TranslationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Translations translations;

    @Inject
    private ArticleEditor editor;

    private String find;
    private String headline;
    private List<Translations.Choice> choices = List.of();
    private EditorView linked;

    /** The article as last read (for its current translation); re-read after every change made here. */
    public EditorView getArticle() {
        if (linked == null && editor.getId() != null) {
            linked = editor.currentView();
        }
        return linked;
    }

    public void search() {
        choices = translations.candidates(editor.getId(), find);
        if (choices.isEmpty()) {
            AdminMessages.keepTyped("translation:find", StaffTexts.text("editor.translation.none", find));
        }
    }

    public void link(Translations.Choice choice) {
        try {
            linked = translations.link(editor.getId(), choice.id());
            choices = List.of();
            AdminMessages.done(StaffTexts.text("editor.translation.linkedNow", choice.title()));
        } catch (Refusal refused) {
            AdminMessages.keepTyped("translation:find", RefusalsShown.said(refused));
        }
    }

    public void unlink() {
        linked = translations.link(editor.getId(), null);
        AdminMessages.done(StaffTexts.text("editor.translation.unlinked"));
    }

    /** Creates the draft and opens it in the editor. */
    public void draft() throws IOException {
        try {
            EditorView draft = translations.draft(editor.getId(), headline);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            AdminMessages.done(StaffTexts.text("editor.translation.created"));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/newsroom/edit.xhtml?id=" + draft.id());
        } catch (Refusal refused) {
            AdminMessages.keepTyped("translation:headline", RefusalsShown.said(refused));
        }
    }

    public List<Translations.Choice> getChoices() {
        return choices;
    }

    public String getFind() {
        return find;
    }

    public void setFind(String find) {
        this.find = find;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }
}
