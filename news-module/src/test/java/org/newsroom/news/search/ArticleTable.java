package org.newsroom.news.search;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsroom.news.edition.Edition;

/**
 * The articles table as {@link IndexCatchUp} sees it, held in a map for tests that run without a database:
 * each change moves the row's version, as JPA's optimistic lock does.
 */
final class ArticleTable implements ArticleRows {

    private final String identity;
    private final Map<Long, SearchableArticle> rows = new TreeMap<>();
    final List<List<Long>> loads = new ArrayList<>();
    int failAfterLoads = Integer.MAX_VALUE;

    ArticleTable(String identity) {
        this.identity = identity;
    }

    void publish(long id, String title, String body) {
        SearchableArticle old = rows.get(id);
        LocalDateTime when = LocalDateTime.of(2026, 3, 1, 9, 0).plusMinutes(id);
        rows.put(id, new SearchableArticle(id, title, null, body, true, when, when, old == null ? 1 : old.version() + 1,
                Edition.EN));
    }

    void unpublish(long id) {
        SearchableArticle old = rows.get(id);
        rows.put(id, new SearchableArticle(id, old.title(), old.excerpt(), old.bodyText(), false, old.publishedAt(),
                old.updatedAt(), old.version() + 1, old.edition()));
    }

    void delete(long id) {
        rows.remove(id);
    }

    @Override
    public String databaseIdentity() {
        return identity;
    }

    @Override
    public Map<Long, Long> publishedVersions() {
        Map<Long, Long> versions = new TreeMap<>();
        rows.values().stream().filter(SearchableArticle::published).forEach(row -> versions.put(row.id(), row.version()));
        return versions;
    }

    @Override
    public List<SearchableArticle> load(List<Long> ids) {
        if (loads.size() >= failAfterLoads) {
            throw new IllegalStateException("the node was killed");
        }
        loads.add(List.copyOf(ids));
        return ids.stream().filter(rows::containsKey).map(rows::get).toList();
    }
}
