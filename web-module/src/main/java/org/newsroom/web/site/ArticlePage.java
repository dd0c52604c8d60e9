package org.newsroom.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.Articles;

/** One published article, addressed by its slug. */
@Named
@RequestScoped
public class ArticlePage {

    @Inject
    private Articles articles;

    private String slug;
    private ArticleView article;

    /** f:viewAction: answers a real 404 when no published article has this slug. */
    public void load() throws IOException {
        article = slug == null ? null : articles.publishedBySlug(slug).orElse(null);
        if (article == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such article");
            faces.responseComplete();
        }
    }

    public String getPublishedOn() {
        return OutletTime.heading(article.publishedAt(), OutletTime.zone());
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ArticleView getArticle() {
        return article;
    }
}
