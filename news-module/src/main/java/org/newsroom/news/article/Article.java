package org.newsroom.news.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsroom.news.account.Account;
import org.newsroom.news.section.Section;

/** A story, from first draft to publication. Timestamps are UTC. */
@Entity
@Table(name = "ARTICLE")
public class Article {

    public static final int MAX_TITLE_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "ARTICLE_SEQ", sequenceName = "ARTICLE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ARTICLE_SEQ")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "TITLE", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "SLUG", nullable = false, unique = true, length = 160)
    private String slug;

    /** The editor's own standfirst; null means "derive it from the body". */
    @Column(name = "EXCERPT", length = 1000)
    private String excerpt;

    @Column(name = "BODY", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "LANG_CODE", nullable = false, length = 5)
    private String language = "en";

    @Column(name = "PINNED", nullable = false)
    private boolean pinned;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AUTHOR_ID", nullable = false)
    private Account author;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ARTICLE_SECTION",
            joinColumns = @JoinColumn(name = "ARTICLE_ID"),
            inverseJoinColumns = @JoinColumn(name = "SECTION_ID"))
    private Set<Section> sections = new LinkedHashSet<>();

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    protected Article() {
        // for JPA
    }

    public Article(String title, String body, Account author, Collection<Section> sections, LocalDateTime now) {
        this.title = requireTitle(title);
        this.slug = Slugs.fromTitle(title);
        this.body = body == null ? "" : body;
        this.author = author;
        this.sections.addAll(sections);
        this.createdAt = now;
        this.updatedAt = now;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An article needs a title.");
        }
        String trimmed = title.strip();
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("A title has at most " + MAX_TITLE_LENGTH + " characters.");
        }
        return trimmed;
    }

    /** Makes the article visible to readers from {@code now}; a republished article keeps its first date. */
    public void publish(LocalDateTime now) {
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
    }

    /** For imported or sample content whose publication date lies in the past. */
    public void publishedOn(LocalDateTime when) {
        status = ArticleStatus.PUBLISHED;
        publishedAt = when;
        updatedAt = when;
    }

    public void useSlug(String newSlug) {
        this.slug = newSlug;
    }

    public void useExcerpt(String explicitExcerpt) {
        this.excerpt = explicitExcerpt == null || explicitExcerpt.isBlank() ? null : explicitExcerpt.strip();
    }

    /** What lists show: the explicit standfirst or the body cut at a word boundary with "...". */
    public String excerpt() {
        return excerpt != null ? excerpt : Excerpt.derive(body, Excerpt.DEFAULT_LENGTH);
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Account getAuthor() {
        return author;
    }

    public Set<Section> getSections() {
        return sections;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
