package org.newsroom.news.workingcopy;

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
import java.util.Objects;
import java.util.Set;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.EditorView;

/**
 * The editor's autosave: what one member of staff has typed into one article (or a new one) and not
 * saved. It is neither a revision nor the article: saving the article is what makes text count, and
 * the article's version does not move when this row does.
 */
@Entity
@Table(name = "WORKING_COPY")
public class WorkingCopy {

    private static final String LIST_SEPARATOR = "\n";

    @Id
    @SequenceGenerator(name = "WORKING_COPY_SEQ", sequenceName = "WORKING_COPY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "WORKING_COPY_SEQ")
    private Long id;

    @Column(name = "ARTICLE_ID", updatable = false)
    private Long articleId;

    @Column(name = "USERNAME", nullable = false, length = 60, updatable = false)
    private String username;

    @Column(name = "BASED_ON_VERSION", nullable = false)
    private long basedOnVersion;

    @Column(name = "SAVED_AT", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "TITLE", length = 200)
    private String title;

    @Column(name = "SLUG", length = 160)
    private String slug;

    @Column(name = "EXCERPT", length = 1000)
    private String excerpt;

    @Column(name = "BODY")
    private String body;

    @Column(name = "SECTION_SLUGS", nullable = false, length = 1000)
    private String sectionSlugs;

    @Column(name = "TAGS", nullable = false, length = 2000)
    private String tags;

    @Column(name = "BYLINES", nullable = false, length = 1000)
    private String bylines;

    @Column(name = "LANG_CODE", length = 5)
    private String language;

    @Column(name = "IMAGE_ID")
    private Long imageId;

    @Column(name = "IMAGE_CAPTION", length = 1000)
    private String imageCaption;

    @Column(name = "IMAGE_CREDIT", length = 200)
    private String imageCredit;

    @Column(name = "IMAGE_ALT", length = 500)
    private String imageAlt;

    @Column(name = "NOTE", length = 200)
    private String note;

    protected WorkingCopy() {
        // for JPA
    }

    public WorkingCopy(Long articleId, String username) {
        this.articleId = articleId;
        this.username = Objects.requireNonNull(username, "username");
    }

    /** The latest text replaces the previous one: a working copy is one row, not a history. */
    public void keep(WorkingText text, LocalDateTime now, String note) {
        ArticleEdit edit = text.edit();
        this.basedOnVersion = edit.basedOnVersion();
        this.savedAt = Objects.requireNonNull(now, "now");
        this.title = clip(edit.title(), 200);
        this.slug = clip(edit.slug(), 160);
        this.excerpt = clip(edit.excerpt(), 1000);
        this.body = edit.body();
        this.sectionSlugs = join(edit.sectionSlugs(), 1000);
        this.tags = join(edit.tags(), 2000);
        this.bylines = join(edit.bylineUsernames(), 1000);
        this.language = clip(edit.language(), 5);
        this.imageId = edit.featuredImageId();
        this.imageCaption = clip(text.imageCaption(), 1000);
        this.imageCredit = clip(text.imageCredit(), 200);
        this.imageAlt = clip(text.imageAlt(), 500);
        this.note = clip(note, 200);
    }

    public WorkingText text() {
        return new WorkingText(new ArticleEdit(basedOnVersion, title, slug, excerpt, body, split(sectionSlugs),
                split(tags), split(bylines), language, imageId), imageCaption, imageCredit, imageAlt);
    }

    public WorkingCopyView view() {
        return new WorkingCopyView(articleId, text(), savedAt, note);
    }

    /**
     * Whether this text says what the saved article already says, so there is nothing to offer back
     * (sections, tags and bylines are sets; blank and missing are the same; a blank slug keeps the saved one).
     */
    public boolean sameAs(EditorView saved) {
        return same(title, saved.title())
                && (blank(slug) || same(slug, saved.slug()))
                && same(excerpt, saved.excerpt())
                && same(body, saved.body())
                && Set.copyOf(split(sectionSlugs)).equals(Set.copyOf(saved.sectionSlugs()))
                && Set.copyOf(split(tags)).equals(Set.copyOf(saved.tags()))
                && (split(bylines).isEmpty() || Set.copyOf(split(bylines)).equals(Set.copyOf(saved.bylineUsernames())))
                && (blank(language) || same(language, saved.language()))
                && Objects.equals(imageId, saved.featuredImageId())
                && (imageId == null || same(imageCaption, saved.imageCaption()) && same(imageCredit, saved.imageCredit())
                        && same(imageAlt, saved.imageAlt()));
    }

    private static boolean same(String a, String b) {
        return (blank(a) ? "" : a.strip()).equals(blank(b) ? "" : b.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String join(List<String> values, int max) {
        String joined = String.join(LIST_SEPARATOR, values);
        return joined.length() <= max ? joined : joined.substring(0, joined.lastIndexOf(LIST_SEPARATOR, max) + 1).strip();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(LIST_SEPARATOR));
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getUsername() {
        return username;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }
}
