package org.newsroom.news.revision;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An article as one save left it, complete with its metadata, so it can be compared or restored
 * (restoring writes a new revision; none is ever changed).
 */
@Entity
@Table(name = "REVISION")
public class Revision implements Serializable {

    private static final String LIST_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "REVISION_SEQ", sequenceName = "REVISION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "REVISION_SEQ")
    private Long id;

    @Column(name = "ARTICLE_ID", nullable = false)
    private Long articleId;

    @Column(name = "REVISION_NUMBER", nullable = false)
    private int number;

    @Column(name = "SAVED_BY", nullable = false, length = 60)
    private String savedBy;

    @Column(name = "SAVED_AT", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "SLUG", nullable = false, length = 160)
    private String slug;

    @Column(name = "EXCERPT", length = 1000)
    private String excerpt;

    @Column(name = "BODY", nullable = false)
    private String body;

    @Column(name = "SECTION_SLUGS", nullable = false, length = 1000)
    private String sectionSlugs;

    @Column(name = "TAGS", nullable = false, length = 2000)
    private String tags;

    @Column(name = "LANG_CODE", nullable = false, length = 5)
    private String language;

    @Column(name = "NOTE", length = 500)
    private String note;

    @Column(name = "FEATURED_IMAGE_ID")
    private Long featuredImageId;

    protected Revision() {
        // for JPA
    }

    public Revision(Long articleId, int number, String savedBy, LocalDateTime savedAt, RevisionSnapshot content,
                    Long featuredImageId, String note) {
        this.featuredImageId = featuredImageId;
        this.articleId = articleId;
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.title = content.title();
        this.slug = content.slug();
        this.excerpt = content.excerpt().isEmpty() ? null : content.excerpt();
        this.body = content.bodyHtml();
        this.sectionSlugs = String.join(LIST_SEPARATOR, content.sections());
        this.tags = String.join(LIST_SEPARATOR, content.tags());
        this.language = content.language().isEmpty() ? "en" : content.language();
        this.note = note;
    }

    public RevisionSnapshot snapshot() {
        return new RevisionSnapshot(title, slug, excerpt, body, split(sectionSlugs), split(tags),
                featuredImageId == null ? null : "image " + featuredImageId, null, null, null, language);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getTitle() {
        return title;
    }

    public Long getFeaturedImageId() {
        return featuredImageId;
    }

    public String getNote() {
        return note;
    }
}
