package org.newsroom.web.newsroom;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.newsroom.news.article.ArticleEditing;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.Excerpt;

/** /newsroom/preview.xhtml: an article in the public layout, whatever its status. */
@Named
@RequestScoped
public class ArticlePreview {

    @Inject
    private ArticleEditing editing;

    private Long id;
    private EditorView article;

    public void load() {
        article = editing.load(id);
    }

    public String getStandfirst() {
        return article.excerpt() != null ? article.excerpt() : Excerpt.derive(article.body(), Excerpt.DEFAULT_LENGTH);
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
}
