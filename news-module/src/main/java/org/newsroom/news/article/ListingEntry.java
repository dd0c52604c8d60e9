package org.newsroom.news.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.news.account.Account;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.section.Section;

/**
 * One line of a public list: a published article in the site-wide latest list, a section's, a
 * tag's or an author's. The rows exist so that a list is one walk down one index, (list, newest
 * first): page 1,000 of a section reads 6,000 index entries instead of sorting the whole section on
 * every request. The article keeps its own rows in step ({@link Article#relist()}); nothing else
 * writes them.
 */
@Entity
@Table(name = "LISTING_ENTRY")
public class ListingEntry {

    /** The list every published article is on: the homepage's latest articles. */
    static final String LATEST = "LATEST";

    @Id
    @SequenceGenerator(name = "LISTING_ENTRY_SEQ", sequenceName = "LISTING_ENTRY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LISTING_ENTRY_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ARTICLE_ID", nullable = false)
    private Article article;

    /** The same column, read as a number: list queries order by it without joining the article. */
    @Column(name = "ARTICLE_ID", insertable = false, updatable = false)
    private Long articleId;

    /** LATEST, or a {@link ListingKind}'s name. */
    @Column(name = "LISTING_KIND", nullable = false, length = 10)
    private String kind;

    /** The section's or the author's id, or the tag itself; empty for LATEST. */
    @Column(name = "LISTING_KEY", nullable = false, length = 80)
    private String listingKey;

    @Column(name = "PUBLISHED_AT", nullable = false)
    private LocalDateTime publishedAt;

    /** The edition ({@link Edition#code()}) whose lists the row is on: the article's language's. */
    @Column(name = "EDITION", nullable = false, length = 5)
    private String edition;

    protected ListingEntry() {
        // for JPA
    }

    private ListingEntry(Article article, Placement placement, LocalDateTime publishedAt, Edition edition) {
        this.article = article;
        this.kind = placement.kind();
        this.listingKey = placement.key();
        this.publishedAt = publishedAt;
        this.edition = edition.code();
    }

    /** Which list, and where in it. */
    record Placement(String kind, String key) {

        static Placement of(ListingKind kind, String key) {
            return new Placement(kind.name(), key);
        }
    }

    /**
     * A tag's list, whatever the case it was written in: "Тенге" and "тенге" are one tag, as in
     * WordPress, whose tag slugs are lower case. Java's lower-casing, not the database's: PostgreSQL
     * under the C locale lower-cases only ASCII.
     */
    public static String tagKey(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    /** The lists a published article with these sections, tags and bylines belongs on. */
    static Set<Placement> placements(Collection<Section> sections, Collection<String> tags, Collection<Account> bylines) {
        Set<Placement> placements = new LinkedHashSet<>();
        placements.add(new Placement(LATEST, ""));
        sections.forEach(section -> placements.add(Placement.of(ListingKind.SECTION, String.valueOf(section.getId()))));
        tags.forEach(tag -> placements.add(Placement.of(ListingKind.TAG, tagKey(tag))));
        bylines.forEach(account -> placements.add(Placement.of(ListingKind.AUTHOR, String.valueOf(account.getId()))));
        return placements;
    }

    /**
     * Brings {@code entries} to exactly {@code wanted} at {@code publishedAt}, in {@code edition}. Rows that stay are
     * updated in place rather than deleted and inserted again: JPA writes inserts before deletes,
     * which a (list, article) row removed and re-added in one transaction would break.
     */
    static void reconcile(Article article, Set<ListingEntry> entries, Set<Placement> wanted, LocalDateTime publishedAt,
                          Edition edition) {
        entries.removeIf(entry -> !wanted.contains(entry.placement()));
        Set<Placement> present = entries.stream().map(ListingEntry::placement).collect(Collectors.toSet());
        entries.forEach(entry -> {
            entry.publishedAt = publishedAt;
            entry.edition = edition.code();
        });
        wanted.stream().filter(placement -> !present.contains(placement))
                .forEach(placement -> entries.add(new ListingEntry(article, placement, publishedAt, edition)));
    }

    Placement placement() {
        return new Placement(kind, listingKey);
    }

    LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    String getEdition() {
        return edition;
    }
}
