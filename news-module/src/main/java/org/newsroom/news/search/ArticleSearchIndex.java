package org.newsroom.news.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.newsroom.news.edition.Edition;

/**
 * Full-text search over published articles with Lucene: the same on H2 and PostgreSQL, in Russian,
 * English and Kazakh alike ({@link NewsAnalyzer}). Readers'
 * words are analysed into terms and combined by this class — never handed to a query parser — so
 * quotes, operators and regular-expression characters are just text. Every term must occur; a
 * match in the headline counts most, then the standfirst, then the body; equal scores go newest first.
 */
public final class ArticleSearchIndex implements AutoCloseable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String EXCERPT = "excerpt";
    static final String BODY = "body";
    static final String PUBLISHED = "published";
    /** The article's id and row version as doc values: what {@link #versions()} reads without loading documents. */
    static final String ID_VALUE = "id_value";
    static final String VERSION = "version";
    static final String EDITION = "edition";
    private static final int MAX_TERMS = 12;

    private final Analyzer analyzer = new NewsAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /**
     * Opens the index in {@code directory}, keeping what a previous run left there (an empty directory gives an
     * empty index). Only one writer may hold a directory: a second one is refused with Lucene's
     * {@link org.apache.lucene.store.LockObtainFailedException}.
     */
    public ArticleSearchIndex(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** What the last commit recorded about itself (see {@link IndexState}); empty for a new index. */
    public Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** Removes every document and commits {@code data} with the empty index (a rebuild starts from here). */
    public void clear(Map<String, String> data) {
        try {
            writer.deleteAll();
            commit(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the search index", e);
        }
    }

    /** Each indexed article's id and the row version it was indexed at. */
    public Map<Long, Long> versions() {
        Map<Long, Long> versions = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Bits live = leaf.reader().getLiveDocs();
                    NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID_VALUE);
                    NumericDocValues rowVersions = DocValues.getNumeric(leaf.reader(), VERSION);
                    for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            versions.put(ids.longValue(), rowVersions.advanceExact(doc) ? rowVersions.longValue() : -1);
                        }
                    }
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
        return versions;
    }

    /** How many articles the index holds. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    /** Adds, replaces or (for an article no longer published) removes each article, then makes it searchable. */
    public void apply(List<SearchableArticle> changes) {
        apply(changes, commitData());
    }

    /**
     * The same, committing {@code data} with the changes in one Lucene commit: what the index says it has seen
     * is never ahead of what it holds, also when the process is killed between two batches.
     */
    public void apply(List<SearchableArticle> changes, Map<String, String> data) {
        try {
            for (SearchableArticle article : changes) {
                Term id = new Term(ID, Long.toString(article.id()));
                if (article.published()) {
                    writer.updateDocument(id, document(article));
                } else {
                    writer.deleteDocuments(id);
                }
            }
            commit(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
    }

    private void commit(Map<String, String> data) throws IOException {
        writer.setLiveCommitData(new HashMap<>(data).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Every edition's articles. */
    public SearchHits search(String text, int first, int max) {
        return search(text, null, first, max);
    }

    /** The articles of {@code edition} (null: of every edition) that have all the reader's words. */
    public SearchHits search(String text, Edition edition, int first, int max) {
        List<String> terms = terms(text);
        if (terms.isEmpty()) {
            return new SearchHits(List.of(), 0, terms);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Sort relevanceThenNewest = new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
                Query query = query(terms, edition);
                TopFieldDocs top = searcher.search(query, first + max, relevanceThenNewest, true);
                List<Long> ids = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = first; i < docs.length; i++) {
                    ids.add(Long.parseLong(searcher.storedFields().document(docs[i].doc).get(ID)));
                }
                return new SearchHits(ids, searcher.count(query), terms);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search", e);
        }
    }

    /** The distinct terms of the reader's words as the index knows them (see {@link NewsAnalyzer}). */
    public List<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(terms);
    }

    private static Query query(List<String> terms, Edition edition) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (edition != null) {
            all.add(new TermQuery(new Term(EDITION, edition.code())), BooleanClause.Occur.FILTER);
        }
        for (String term : terms) {
            // Where a word occurs decides its weight (headline 4, standfirst 2, body 1), not how often:
            // predictable for readers, and the date then orders equally relevant stories.
            all.add(new DisjunctionMaxQuery(List.of(
                    weighted(TITLE, term, 4f), weighted(EXCERPT, term, 2f), weighted(BODY, term, 1f)), 0f),
                    BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static Query weighted(String field, String term, float weight) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), weight);
    }

    private static Document document(SearchableArticle article) {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new StringField(EDITION, article.edition().code(), Field.Store.NO));
        document.add(new TextField(TITLE, nullToEmpty(article.title()), Field.Store.NO));
        document.add(new TextField(EXCERPT, nullToEmpty(article.excerpt()), Field.Store.NO));
        document.add(new TextField(BODY, nullToEmpty(article.bodyText()), Field.Store.NO));
        long published = article.publishedAt() == null ? 0 : article.publishedAt().toEpochSecond(ZoneOffset.UTC);
        document.add(new NumericDocValuesField(PUBLISHED, published));
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED, published));
        document.add(new NumericDocValuesField(ID_VALUE, article.id()));
        document.add(new NumericDocValuesField(VERSION, article.version()));
        return document;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            writer.getDirectory().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
