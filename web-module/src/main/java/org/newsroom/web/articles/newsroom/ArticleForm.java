package org.newsroom.web.articles.newsroom;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.workingcopy.WorkingText;

/**
 * What the editor form holds, with the article version it was loaded at. The same fields go into a
 * save ({@link #toEdit()}) and into the autosave ({@link #toWorkingText()}).
 */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private String title;
    private String slug;
    private String excerpt;
    private String body;
    private List<String> sectionSlugs = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<String> bylines = new ArrayList<>();
    /** Blank for a new article: the language of its headline (Cyrillic is Russian) until the editor picks one. */
    private String language = "";
    private final FeaturedImageForm image = new FeaturedImageForm();

    void show(EditorView article) {
        version = article.version();
        title = article.title();
        slug = article.slug();
        excerpt = article.excerpt();
        body = article.body();
        sectionSlugs = new ArrayList<>(article.sectionSlugs());
        tags = new ArrayList<>(article.tags());
        bylines = new ArrayList<>(article.bylineUsernames());
        language = article.language();
        image.show(article);
    }

    /** Text from a working copy, typed over {@code text.edit().basedOnVersion()}; the image path comes with it. */
    void show(WorkingText text, String imagePath) {
        ArticleEdit edit = text.edit();
        version = edit.basedOnVersion();
        title = edit.title();
        slug = edit.slug();
        excerpt = edit.excerpt();
        body = edit.body();
        sectionSlugs = new ArrayList<>(edit.sectionSlugs());
        tags = new ArrayList<>(edit.tags());
        if (!edit.bylineUsernames().isEmpty()) {
            bylines = new ArrayList<>(edit.bylineUsernames());
        }
        if (edit.language() != null) {
            language = edit.language();
        }
        image.show(edit.featuredImageId(), imagePath, text.imageCaption(), text.imageCredit(), text.imageAlt());
    }

    ArticleEdit toEdit() {
        return new ArticleEdit(version, title, slug, excerpt, body, sectionSlugs, tags, bylines, language, image.getId());
    }

    WorkingText toWorkingText() {
        return new WorkingText(toEdit(), image.getCaption(), image.getCredit(), image.getAlt());
    }

    long getVersion() {
        return version;
    }

    void basedOn(long version) {
        this.version = version;
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

    public List<String> getBylines() {
        return bylines;
    }

    public void setBylines(List<String> bylines) {
        this.bylines = bylines == null ? new ArrayList<>() : new ArrayList<>(bylines);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public FeaturedImageForm getImage() {
        return image;
    }
}
