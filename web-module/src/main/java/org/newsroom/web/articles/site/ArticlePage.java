package org.newsroom.web.articles.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.newsroom.news.article.ArticleLookup;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.Articles;
import org.newsroom.news.article.ListingKind;
import org.newsroom.news.article.Listings;
import org.newsroom.news.article.SectionRef;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.EditionSettings;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.editions.ReaderEdition;
import org.newsroom.web.http.InlineJson;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.http.SiteAddresses;

/** One published article, addressed by its slug. */
@Named
@RequestScoped
public class ArticlePage {

    /** Json.createObjectBuilder() looks the JSON-P provider up (a class-path scan) on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    private Articles articles;

    @Inject
    private Listings listings;

    private String slug;
    private ArticleView article;
    private List<ArticleTeaser> related;

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
            SurrogateKeys.page(SurrogateKeys.article(article.id()));
            if (article.translationId() != null) {
                // Its hreflang link appears when the translation is published, and follows its slug.
                SurrogateKeys.page(SurrogateKeys.article(article.translationId()));
            }
            if (!article.sectionSlugs().isEmpty()) {
                SurrogateKeys.page(SurrogateKeys.related(article.sectionSlugs().get(0)));
            }
            // The page is in its article's edition: its lang, its words, its section names and links.
            ReaderEdition.decide((HttpServletRequest) external.getRequest(), Edition.ofLanguage(article.language()));
        }
    }

    /** The published translation's absolute address (the hreflang pair and the visible link), else null. */
    public String getTranslationUrl() {
        ArticleView.Translation translation = article.translation();
        return translation == null ? null : site().article(translation.slug(), translation.publishedAt(),
                Edition.ofLanguage(translation.language()));
    }

    /** For search engines and link previews: the standfirst, one line. */
    public String getDescription() {
        String text = article.excerpt().replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 297) + "...";
    }

    public String getCanonicalUrl() {
        return site().article(article.slug(), article.publishedAt(), Edition.ofLanguage(article.language()));
    }

    /** For link previews and search engines: the 1200-wide rendition when there is one (absolute), else the image itself. */
    public String getImageUrl() {
        if (article.imagePath() == null) {
            return null;
        }
        return site().absolute(article.picture() == null ? article.imagePath() : article.picture().sharingPath());
    }

    /** og:image:width of {@link #getImageUrl()}; null when its size is unknown. */
    public Integer getImageWidth() {
        return article.picture() == null ? null : article.picture().sharingWidth();
    }

    public Integer getImageHeight() {
        return article.picture() == null ? null : article.picture().heightAt(article.picture().sharingWidth());
    }

    /** schema.org NewsArticle, written with JSON-P; "</" is escaped so it cannot end the script element. */
    public String getStructuredData() {
        JsonArrayBuilder authors = JSON.createArrayBuilder();
        article.bylines().forEach(byline -> authors.add(JSON.createObjectBuilder().add("@type", "Person")
                .add("name", byline.name()).add("url", site().author(byline.username()))));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.title())
                .add("description", getDescription())
                .add("mainEntityOfPage", JSON.createObjectBuilder().add("@type", "WebPage").add("@id", getCanonicalUrl())
                        .add("breadcrumb", breadcrumbList()))
                .add("datePublished", iso(article.publishedAt()))
                .add("dateModified", iso(article.updatedAt() == null ? article.publishedAt() : article.updatedAt()))
                .add("inLanguage", article.language())
                .add("author", authors)
                .add("publisher", JSON.createObjectBuilder().add("@type", "Organization").add("name",
                        EditionSettings.siteName(Edition.ofLanguage(article.language()))));
        if (getImageUrl() != null) {
            json.add("image", getImageUrl());
        }
        return InlineJson.of(json.build().toString());
    }

    /** The section the breadcrumbs name between Home and the headline: the article's first; null when it has none. */
    public SectionRef getBreadcrumbSection() {
        return article.sectionSlugs().isEmpty() ? null
                : new SectionRef(article.sectionSlugs().get(0), article.sectionNames().get(0));
    }

    /** schema.org BreadcrumbList of what the page's breadcrumbs show, with absolute addresses. */
    private JsonObjectBuilder breadcrumbList() {
        SiteAddresses site = site();
        JsonArrayBuilder items = JSON.createArrayBuilder();
        int position = 1;
        items.add(crumb(position++, EditionSettings.siteName(Edition.ofLanguage(article.language())), site.home()));
        SectionRef section = getBreadcrumbSection();
        if (section != null) {
            items.add(crumb(position++, section.name(), site.section(section.slug())));
        }
        items.add(crumb(position, article.title(), getCanonicalUrl()));
        return JSON.createObjectBuilder().add("@type", "BreadcrumbList").add("itemListElement", items);
    }

    private static JsonObjectBuilder crumb(int position, String name, String url) {
        return JSON.createObjectBuilder().add("@type", "ListItem").add("position", position).add("name", name).add("item", url);
    }

    public String getPublishedIso() {
        return iso(article.publishedAt());
    }

    /** Up to three newer or older stories from the article's first section; read once per request (EL asks several times). */
    public List<ArticleTeaser> getRelated() {
        if (related == null) {
            related = article.sectionSlugs().isEmpty() ? List.of()
                    : listings.page(Edition.ofLanguage(article.language()), ListingKind.SECTION,
                            article.sectionSlugs().get(0), 0, 4).articles().stream()
                            .filter(teaser -> !teaser.slug().equals(article.slug()))
                            .limit(3)
                            .toList();
            related.forEach(teaser -> SurrogateKeys.page(SurrogateKeys.slug(teaser.slug())));
        }
        return related;
    }

    private static String iso(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(OutletTime.zone()).toOffsetDateTime().toString();
    }

    private static SiteAddresses site() {
        return SiteAddresses.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /** "1 December 2026, 14:05": readers of news want the time as well as the day. */
    public String getPublishedOn() {
        return EditionTexts.of(Edition.ofLanguage(article.language())).dateAndTime(article.publishedAt(), OutletTime.zone());
    }

    /** When the article was edited after it was published, else null (the page then says nothing of it). */
    public java.time.LocalDateTime getUpdatedAt() {
        return org.newsroom.web.articles.site.ReaderTimes.updatedAfterPublishing(article.publishedAt(), article.updatedAt())
                ? article.updatedAt() : null;
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
