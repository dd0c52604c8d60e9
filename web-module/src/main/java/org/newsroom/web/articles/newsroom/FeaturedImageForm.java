package org.newsroom.web.articles.newsroom;

import java.io.Serializable;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.media.MediaItem;

/** The editor's featured-image fields: which image, and the caption, credit and alt text it carries. */
public class FeaturedImageForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String path;
    private String caption;
    private String credit;
    private String alt;

    void show(EditorView article) {
        id = article.featuredImageId();
        path = article.imagePath();
        caption = article.imageCaption();
        credit = article.imageCredit();
        alt = article.imageAlt();
    }

    void show(Long id, String path, String caption, String credit, String alt) {
        this.id = id;
        this.path = id == null ? null : path;
        this.caption = caption;
        this.credit = credit;
        this.alt = alt;
    }

    void use(MediaItem item) {
        id = item.getId();
        path = item.path();
        caption = item.getCaption();
        credit = item.getCredit();
        alt = item.getAltText();
    }

    void clear() {
        id = null;
        path = null;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }
}
