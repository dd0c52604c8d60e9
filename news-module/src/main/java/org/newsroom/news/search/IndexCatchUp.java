package org.newsroom.news.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings a search index kept on disk up to date with the database when a node starts: reuses it when it was
 * written in today's layout from this database ({@link IndexState}), otherwise empties it first; then compares
 * each published article's row version with the version the index holds and re-indexes only the articles that
 * differ or are missing, and removes those no longer published (unpublished, or gone from the database) —
 * whatever happened while the node was down, edits, imports and restores included. A restarted node therefore
 * reads a few bytes per article and re-indexes what changed; a new node (or a new layout) indexes everything,
 * newest first, committing each batch, so searches answer from what is there meanwhile and a node killed
 * half-way resumes where it stopped.
 */
public final class IndexCatchUp {

    static final int BATCH = 500;

    private final ArticleSearchIndex index;
    private final ArticleRows rows;

    public IndexCatchUp(ArticleSearchIndex index, ArticleRows rows) {
        this.index = index;
        this.rows = rows;
    }

    /** What a catch-up did. */
    public record Outcome(boolean reused, int kept, int indexed, int removed) {
    }

    /** @return whether the index on disk was reused, and how many articles were kept, (re)indexed and removed */
    public Outcome run() {
        String database = rows.databaseIdentity();
        IndexState state = IndexState.from(index.commitData());
        boolean reused = state.reusableFor(database);
        if (!reused) {
            state = IndexState.empty(database);
            index.clear(state.commitData());
        }
        Map<Long, Long> indexed = index.versions();
        Map<Long, Long> published = rows.publishedVersions();
        List<SearchableArticle> removals = new ArrayList<>();
        for (Long id : indexed.keySet()) {
            if (!published.containsKey(id)) {
                removals.add(new SearchableArticle(id, null, null, null, false, null, null, 0, null));
            }
        }
        index.apply(removals, state.commitData());
        // Newest first (ids grow with time): while a new index fills, searches already find recent news.
        List<Long> stale = published.entrySet().stream()
                .filter(row -> !Objects.equals(indexed.get(row.getKey()), row.getValue()))
                .map(Map.Entry::getKey)
                .sorted(Comparator.reverseOrder())
                .toList();
        for (int from = 0; from < stale.size(); from += BATCH) {
            index.apply(rows.load(stale.subList(from, Math.min(from + BATCH, stale.size()))), state.commitData());
        }
        index.apply(List.of(), state.completed().commitData());
        return new Outcome(reused, published.size() - stale.size(), stale.size(), removals.size());
    }
}
