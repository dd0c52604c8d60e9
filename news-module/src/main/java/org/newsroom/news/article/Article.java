package org.newsroom.news.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.refusal.InvalidValue;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.revision.RevisionSnapshot;
import org.newsroom.news.section.Section;
import org.newsroom.news.slug.Slugs;

/** A story, from first draft to publication. Timestamps are UTC. */
@Entity
@Table(name = "ARTICLE")
public class Article {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_EXCERPT_LENGTH = 1000;
    public static final int MAX_TAG_LENGTH = 80;
    public static final int MAX_TAGS = 20;
    /** ISO 639 language codes, optionally with a region: "ru", "kk", "en-GB". */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

    @Id
    @SequenceGenerator(name = "ARTICLE_SEQ", sequenceName = "ARTICLE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ARTICLE_SEQ")
    private Long id;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @NotBlank(message = "{org.newsroom.news.article.title.required}")
    @Size(max = MAX_TITLE_LENGTH, message = "{org.newsroom.news.article.title.size}")
    @Column(name = "TITLE", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    /** The title as the newsroom's list searches it (HeadlineSearch.fold); kept in step with the title. */
    @Column(name = "TITLE_SEARCH", length = 2 * MAX_TITLE_LENGTH)
    private String titleSearch;

    @Column(name = "SLUG", nullable = false, unique = true, length = 160)
    private String slug;

    /** The editor's own standfirst; null means "derive it from the body". */
    @Size(max = MAX_EXCERPT_LENGTH, message = "{org.newsroom.news.article.excerpt.size}")
    @Column(name = "EXCERPT", length = MAX_EXCERPT_LENGTH)
    private String excerpt;

    @Column(name = "BODY", nullable = false)
    private String body;

    /** What lists show, kept with the row so a list never reads or cuts a body. */
    @Column(name = "LIST_EXCERPT", length = 1100)
    private String listExcerpt;

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

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ARTICLE_BYLINE",
            joinColumns = @JoinColumn(name = "ARTICLE_ID"),
            inverseJoinColumns = @JoinColumn(name = "ACCOUNT_ID"))
    private Set<Account> bylines = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ARTICLE_TAG", joinColumns = @JoinColumn(name = "ARTICLE_ID"))
    @Column(name = "TAG", length = 80)
    @Size(max = MAX_TAGS, message = "{org.newsroom.news.article.tags.size}")
    private Set<@Size(max = MAX_TAG_LENGTH, message = "{org.newsroom.news.article.tag.size}") String> tags = new LinkedHashSet<>();

    /** When a SCHEDULED article goes out (UTC). */
    @Column(name = "SCHEDULED_FOR")
    private LocalDateTime scheduledFor;

    /** Named to whoever's save is refused because this one came first. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LAST_EDITED_BY_ID")
    private Account lastEditedBy;

    /** Why an editor sent the article back; cleared when it is submitted again. */
    @Column(name = "REVIEW_COMMENT", length = 2000)
    private String reviewComment;

    /** The image at the head of the article and in teasers; its caption, credit and alt text come with it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "FEATURED_IMAGE_ID")
    private MediaItem featuredImage;

    /** The same story in the other edition, if an editor linked one; each of the pair names the other. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "TRANSLATION_ID")
    private Article translation;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "PUBLISHED_AT")
    private LocalDateTime publishedAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<ListingEntry> listingEntries = new LinkedHashSet<>();

    protected Article() {
        // for JPA
    }

    public Article(String title, String body, Account author, Collection<Section> sections, LocalDateTime now) {
        this.title = requireTitle(title);
        this.titleSearch = HeadlineSearch.fold(this.title);
        this.slug = Slugs.fromTitle(title);
        this.body = ArticleBody.sanitize(body);
        this.author = author;
        this.lastEditedBy = author;
        this.bylines.add(author);
        this.sections.addAll(sections);
        this.createdAt = now;
        this.updatedAt = now;
        this.listExcerpt = freshExcerpt();
        this.language = HeadlineLanguage.of(this.title);
    }

    private static List<String> checkedTags(Collection<String> wanted) {
        return wanted.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private static String checkedLanguage(String code) {
        String stripped = code.strip();
        if (!LANGUAGE_CODE.matcher(stripped).matches()) {
            throw new InvalidValue(Wording.refusal("article.language.form",
                    stripped.length() > 12 ? stripped.substring(0, 12) + "…" : stripped));
        }
        return stripped;
    }

    /** Stripped; whether it is there and short enough are this class's constraints, checked by its EJBs. */
    private static String requireTitle(String title) {
        return title == null ? null : title.strip();
    }

    /** Makes the article visible to readers from {@code now}; a republished article keeps its first date. */
    public void publish(LocalDateTime now) {
        status = ArticleStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = now;
        }
        updatedAt = now;
        relist();
    }

    /** For imported or sample content whose publication date lies in the past. */
    public void publishedOn(LocalDateTime when) {
        status = ArticleStatus.PUBLISHED;
        publishedAt = when;
        updatedAt = when;
        relist();
    }

    /**
     * Takes a member of staff's save. The body is sanitised here, so nothing unsafe is ever stored.
     *
     * @return the old slug when a published article's address changed (it must keep answering, with a 301)
     */
    public Optional<String> apply(ArticleEdit edit, String uniqueSlug, Collection<Section> newSections,
                                  Collection<Account> newBylines, MediaItem image, Account editor, LocalDateTime now) {
        String previousSlug = slug;
        this.title = requireTitle(edit.title());
        this.titleSearch = HeadlineSearch.fold(this.title);
        this.slug = uniqueSlug;
        List<String> newTags = checkedTags(edit.tags());
        String newLanguage = edit.language() == null || edit.language().isBlank() ? null : checkedLanguage(edit.language());
        useExcerpt(edit.excerpt());
        this.body = ArticleBody.sanitize(edit.body() == null ? "" : edit.body());
        this.sections.clear();
        this.sections.addAll(newSections);
        this.tags.clear();
        this.tags.addAll(newTags);
        if (!newBylines.isEmpty()) {
            this.bylines.clear();
            this.bylines.addAll(newBylines);
        }
        if (newLanguage != null) {
            this.language = newLanguage;
        }
        this.featuredImage = image;
        this.lastEditedBy = editor;
        this.updatedAt = now;
        this.listExcerpt = freshExcerpt();
        relist();
        boolean addressChanged = !previousSlug.equals(slug);
        return addressChanged && (status == ArticleStatus.PUBLISHED || publishedAt != null)
                ? Optional.of(previousSlug) : Optional.empty();
    }

    /** Moves to the status the workflow decided; the EJB checked the role and the state. */
    public void moveTo(ArticleStatus next, LocalDateTime now) {
        if (next == ArticleStatus.PUBLISHED && status != ArticleStatus.PUBLISHED) {
            publish(now);
        }
        if (next != ArticleStatus.SCHEDULED) {
            scheduledFor = null;
        }
        if (next != ArticleStatus.PUBLISHED) {
            pinned = false;
        }
        status = next;
        updatedAt = now;
        relist();
    }

    public void scheduleFor(LocalDateTime when, LocalDateTime now) {
        if (!when.isAfter(now)) {
            throw new InvalidValue(Wording.refusal("article.schedule.past"));
        }
        moveTo(ArticleStatus.SCHEDULED, now);
        scheduledFor = when;
    }

    public void sendBack(String comment, LocalDateTime now) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidValue(Wording.refusal("article.sendBack.comment"));
        }
        moveTo(ArticleStatus.DRAFT, now);
        reviewComment = comment.strip();
    }

    public void submit(LocalDateTime now) {
        moveTo(ArticleStatus.IN_REVIEW, now);
        reviewComment = null;
    }

    public void pin(boolean pinned, LocalDateTime now) {
        this.pinned = pinned;
        this.updatedAt = now;
    }

    /** Shows {@code image} at the head of the article; null removes the featured image. */
    public void feature(MediaItem image) {
        this.featuredImage = image;
    }

    /** Everything a revision keeps of this article. */
    public RevisionSnapshot snapshot() {
        return new RevisionSnapshot(title, slug, excerpt, body, sections.stream().map(Section::getSlug).toList(),
                List.copyOf(tags), featuredImage == null ? null : "image " + featuredImage.getId(),
                featuredImage == null ? null : featuredImage.getCaption(),
                featuredImage == null ? null : featuredImage.getCredit(),
                featuredImage == null ? null : featuredImage.getAltText(), language);
    }

    public boolean isAuthoredBy(String username) {
        return author.getUsername().equals(username);
    }

    /**
     * Drafts and embargoed stories are confidential: a reporter reads their own work, what they share a
     * byline on, and what is published; editors and admins read everything.
     */
    public boolean readableBy(Role role, String username) {
        return role != Role.REPORTER || status == ArticleStatus.PUBLISHED || isAuthoredBy(username)
                || bylines.stream().anyMatch(byline -> byline.getUsername().equals(username));
    }

    public void useSlug(String newSlug) {
        this.slug = newSlug;
    }

    public void useExcerpt(String explicitExcerpt) {
        this.excerpt = explicitExcerpt == null || explicitExcerpt.isBlank() ? null : explicitExcerpt.strip();
        this.listExcerpt = freshExcerpt();
    }

    /** What lists show: the explicit standfirst or the body cut at a word boundary with "...". */
    public String excerpt() {
        if (excerpt != null) {
            return excerpt;
        }
        return listExcerpt != null ? listExcerpt : freshExcerpt();
    }

    private String freshExcerpt() {
        return excerpt != null ? excerpt : Excerpt.derive(body, Excerpt.DEFAULT_LENGTH);
    }

    /**
     * Puts the article on the public lists it belongs on now, or takes it off them all. Every
     * change of status, date, sections, tags or bylines ends here; a bulk status change (the
     * scheduler's) calls it after the fact.
     */
    public void relist() {
        // Read even when the article leaves every list: the transaction then holds the sections and tags it
        // leaves, and the front cache is told exactly which pages showed it (web.storage.ChangeDescription).
        Set<ListingEntry.Placement> placements = ListingEntry.placements(sections, tags, bylines);
        ListingEntry.reconcile(this, listingEntries, status == ArticleStatus.PUBLISHED ? placements : Set.of(),
                publishedAt, Edition.ofLanguage(language));
    }

    /**
     * Links this article and {@code other} as each other's translation (null: unlinks it). Any earlier
     * partner of either is unlinked, so a pair is always reciprocal. Both must be in different editions.
     */
    public void translatedAs(Article other) {
        if (other != null && (other == this || Edition.ofLanguage(other.language) == Edition.ofLanguage(language))) {
            throw new InvalidValue(Wording.refusal("article.translation.sameEdition", Edition.ofLanguage(language).code()));
        }
        if (translation != null && translation != other) {
            translation.translation = null;
        }
        if (other != null) {
            if (other.translation != null && other.translation != this) {
                other.translation.translation = null;
            }
            other.translation = this;
        }
        this.translation = other;
    }

    public Article getTranslation() {
        return translation;
    }

    /**
     * A new draft of this article for the other edition: the same sections, tags and image, in the other
     * edition's language, its headline and text to be written. Linked at once.
     */
    public Article translationDraft(String headline, Account author, LocalDateTime now) {
        Article draft = new Article(headline, "", author, sections, now);
        draft.language = Edition.ofLanguage(language).other().code();
        draft.tags.addAll(tags);
        draft.featuredImage = featuredImage;
        draft.translatedAs(this);
        return draft;
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

    public Set<Account> getBylines() {
        return bylines;
    }

    public Set<String> getTags() {
        return tags;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public Account getLastEditedBy() {
        return lastEditedBy;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getExplicitExcerpt() {
        return excerpt;
    }

    public MediaItem getFeaturedImage() {
        return featuredImage;
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
