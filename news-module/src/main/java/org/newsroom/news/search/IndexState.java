package org.newsroom.news.search;

import java.util.HashMap;
import java.util.Map;

/**
 * What a search index records about itself in each Lucene commit's user data, so that a restarted node
 * knows whether the index on its disk can be reused: the index layout it was written with ({@link #SCHEMA}:
 * the analyzer and the fields) and the database it mirrors (that database's identity, from its
 * {@code NEWSROOM_DATABASE} row), and whether a full pass over the database has ever finished. Per article,
 * the index keeps the row version it indexed (see {@link ArticleSearchIndex#versions()}).
 */
public record IndexState(String schema, String database, boolean complete) {

    /**
     * Bump when {@link NewsAnalyzer}, {@link StemByScript} or the indexed fields change: every node then rebuilds
     * its index from scratch (in the background) instead of mixing old terms with new queries.
     */
    public static final String SCHEMA = "3";
    static final String SCHEMA_KEY = "newsroom.schema";
    static final String DATABASE_KEY = "newsroom.database";
    static final String COMPLETE_KEY = "newsroom.complete";

    /** A new, empty index of {@code database} in today's layout. */
    public static IndexState empty(String database) {
        return new IndexState(SCHEMA, database, false);
    }

    public static IndexState from(Map<String, String> commitData) {
        return new IndexState(commitData.get(SCHEMA_KEY), commitData.get(DATABASE_KEY),
                Boolean.parseBoolean(commitData.get(COMPLETE_KEY)));
    }

    /** Written in today's layout from the same database: what it holds only needs bringing up to date. */
    public boolean reusableFor(String currentDatabase) {
        return SCHEMA.equals(schema) && currentDatabase != null && currentDatabase.equals(database);
    }

    public IndexState completed() {
        return new IndexState(schema, database, true);
    }

    public Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        data.put(SCHEMA_KEY, schema);
        data.put(DATABASE_KEY, database);
        data.put(COMPLETE_KEY, Boolean.toString(complete));
        return data;
    }
}
