package org.newsroom.news.article;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/**
 * Public lists of published articles: the latest, a section's, a tag's or an author's, paged; the
 * homepage's lead and country blocks. A page is one walk down the list index for its ids and one read
 * of those few articles' teaser columns, whatever the list's size or the page number. Totals are
 * asked for separately: counting walks the whole list, so callers count once per change.
 */
@Stateless
// Reads only: no JTA transaction to begin and commit around every list a reader's page asks for.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Listings {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** A country's newest stories, as the homepage shows them. */
    public record CountryBlock(String name, String slug, List<ArticleTeaser> articles) {
    }

    /** The list a reader's address names, once it is known to exist. */
    private record Named(String heading, String key) {
    }

    /**
     * A page of the edition's list; its heading (a section's name in the edition's language) is null
     * when the list does not exist (an unknown section or author).
     */
    public ListingPage page(Edition edition, ListingKind kind, String key, int first, int max) {
        return named(edition, kind, key)
                .map(list -> new ListingPage(list.heading(), teasers(edition, kind.name(), list.key(), first, max)))
                .orElseGet(() -> new ListingPage(null, List.of()));
    }

    /** How many published articles the edition's list holds; 0 for a list that does not exist. */
    public long count(Edition edition, ListingKind kind, String key) {
        return named(edition, kind, key).map(list -> count(edition, kind.name(), list.key())).orElse(0L);
    }

    /** Every published article of the edition, newest first: its homepage's list. */
    public List<ArticleTeaser> latest(Edition edition, int first, int max) {
        return teasers(edition, ListingEntry.LATEST, "", first, max);
    }

    public long countLatest(Edition edition) {
        return count(edition, ListingEntry.LATEST, "");
    }

    /** The edition's newest pinned published article: its homepage's lead story. */
    public Optional<ArticleTeaser> lead(Edition edition) {
        // Pinned stories are a handful; their language is checked here, the one rule for both editions.
        List<Long> newest = em.createQuery("select a.id, a.language from Article a where a.pinned = true"
                        + " and a.status = :published order by a.publishedAt desc", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(50)
                .getResultStream()
                .filter(row -> Edition.ofLanguage((String) row[1]) == edition)
                .map(row -> (Long) row[0])
                .limit(1)
                .toList();
        return Teasers.publishedInOrder(em, newest).stream().findFirst();
    }

    /**
     * Each country section, in the sections' order, with its newest stories in the edition, named in the
     * edition's language; countries without any are left out.
     */
    public List<CountryBlock> countryBlocks(Edition edition, int size) {
        List<Section> countries = em.createQuery("select s from Section s where s.kind = :country order by s.sortOrder",
                        Section.class)
                .setParameter("country", SectionKind.COUNTRY)
                .getResultList();
        if (countries.isEmpty()) {
            return List.of();
        }
        // One statement for all countries: each part walks its section's list index for its newest few.
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < countries.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("(SELECT LISTING_KEY, ARTICLE_ID FROM LISTING_ENTRY")
                    .append(" WHERE EDITION = ?").append(countries.size() + 1)
                    .append(" AND LISTING_KIND = 'SECTION' AND LISTING_KEY = ?").append(i + 1)
                    .append(" ORDER BY EDITION, LISTING_KIND, LISTING_KEY, PUBLISHED_AT DESC, ARTICLE_ID DESC FETCH FIRST ")
                    .append(size).append(" ROWS ONLY)");
        }
        Query newest = em.createNativeQuery(sql.toString());
        for (int i = 0; i < countries.size(); i++) {
            newest.setParameter(i + 1, String.valueOf(countries.get(i).getId()));
        }
        newest.setParameter(countries.size() + 1, edition.code());
        Map<String, List<Long>> idsBySection = new HashMap<>();
        for (Object row : newest.getResultList()) {
            Object[] columns = (Object[]) row;
            idsBySection.computeIfAbsent((String) columns[0], section -> new ArrayList<>()).add(((Number) columns[1]).longValue());
        }
        Map<Long, ArticleTeaser> teasers = Teasers.publishedById(em,
                idsBySection.values().stream().flatMap(List::stream).toList());
        return countries.stream()
                .map(country -> new CountryBlock(country.nameIn(edition), country.getSlug(),
                        idsBySection.getOrDefault(String.valueOf(country.getId()), List.of()).stream()
                                .map(teasers::get).filter(Objects::nonNull).toList()))
                .filter(block -> !block.articles().isEmpty())
                .toList();
    }

    private List<ArticleTeaser> teasers(Edition edition, String kind, String key, int first, int max) {
        // Ordered exactly as LISTING_ENTRY_ORDER_IDX, so the database walks the index instead of sorting.
        List<Long> ids = em.createQuery("select e.articleId from ListingEntry e where e.edition = :edition"
                        + " and e.kind = :kind and e.listingKey = :key"
                        + " order by e.edition, e.kind, e.listingKey, e.publishedAt desc, e.articleId desc", Long.class)
                .setParameter("edition", edition.code())
                .setParameter("kind", kind)
                .setParameter("key", key)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        return Teasers.publishedInOrder(em, ids);
    }

    private long count(Edition edition, String kind, String key) {
        return em.createQuery("select count(e) from ListingEntry e where e.edition = :edition and e.kind = :kind"
                        + " and e.listingKey = :key", Long.class)
                .setParameter("edition", edition.code())
                .setParameter("kind", kind)
                .setParameter("key", key)
                .getSingleResult();
    }

    private Optional<Named> named(Edition edition, ListingKind kind, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return switch (kind) {
            case SECTION -> em.createQuery("select s from Section s where s.slug = :key", Section.class)
                    .setParameter("key", key).getResultStream().findFirst()
                    .map(section -> new Named(section.nameIn(edition), String.valueOf(section.getId())));
            case AUTHOR -> em.createQuery("select a.displayName, a.id from Account a where a.username = :key", Object[].class)
                    .setParameter("key", key).getResultStream().findFirst()
                    .map(row -> new Named((String) row[0], String.valueOf(row[1])));
            case TAG -> Optional.of(new Named(key, ListingEntry.tagKey(key)));
        };
    }
}
