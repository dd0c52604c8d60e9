package org.newsroom.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import org.newsroom.news.article.Article;

/** An address the old WordPress site had for an article; it answers 301 to the article's own address. */
@Entity
@Table(name = "IMPORTED_ADDRESS")
public class ImportedAddress {

    public static final int MAX_PATH = 600;

    @Id
    @Column(name = "PATH", length = MAX_PATH)
    private String path;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ARTICLE_ID", nullable = false)
    private Article article;

    protected ImportedAddress() {
        // for JPA
    }

    public ImportedAddress(String path, Article article) {
        this.path = normalised(path);
        this.article = article;
    }

    /**
     * Decoded, lower-case, with a trailing slash ("/about/", "/2025/11/old-slug/") or a query ("/?p=40"),
     * so an address finds its row however the browser encoded it.
     */
    public static String normalised(String path) {
        String decoded = UploadUrls.decode(path.strip()).toLowerCase(Locale.ROOT);
        if (!decoded.startsWith("/")) {
            decoded = "/" + decoded;
        }
        if (!decoded.contains("?") && !decoded.endsWith("/")) {
            decoded = decoded + "/";
        }
        return decoded.length() <= MAX_PATH ? decoded : decoded.substring(0, MAX_PATH);
    }

    public String getPath() {
        return path;
    }

    public Article getArticle() {
        return article;
    }
}
