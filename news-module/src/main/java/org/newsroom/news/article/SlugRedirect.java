package org.newsroom.news.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An address a published article had before its slug changed; it keeps answering with a 301. */
@Entity
@Table(name = "SLUG_REDIRECT")
public class SlugRedirect {

    @Id
    @Column(name = "OLD_SLUG", length = 160)
    private String oldSlug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ARTICLE_ID", nullable = false)
    private Article article;

    protected SlugRedirect() {
        // for JPA
    }

    public SlugRedirect(String oldSlug, Article article) {
        this.oldSlug = oldSlug;
        this.article = article;
    }

    public Article getArticle() {
        return article;
    }
}
