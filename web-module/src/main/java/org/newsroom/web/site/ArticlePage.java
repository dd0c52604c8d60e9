package org.newsroom.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.newsroom.news.article.ArticleLookup;
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

    /** f:viewAction: the article, or 301 to its current address, 410 when withdrawn, 404 when unknown. */
    public void load() throws IOException {
        ArticleLookup lookup = slug == null ? null : articles.lookup(slug);
        FacesContext faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        if (lookup == null || lookup.outcome() == ArticleLookup.Outcome.MISSING) {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such article");
            faces.responseComplete();
        } else if (lookup.outcome() == ArticleLookup.Outcome.GONE) {
            external.responseSendError(HttpServletResponse.SC_GONE, "Withdrawn");
            faces.responseComplete();
        } else if (lookup.outcome() == ArticleLookup.Outcome.MOVED) {
            external.setResponseStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            external.setResponseHeader("Location", external.getRequestContextPath() + "/article.xhtml?slug="
                    + URLEncoder.encode(lookup.currentSlug(), StandardCharsets.UTF_8));
            faces.responseComplete();
        } else {
            article = lookup.article();
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
