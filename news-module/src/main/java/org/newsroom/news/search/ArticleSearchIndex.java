package org.newsroom.news.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.apache.lucene.index.IndexWriter;
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
    static final String EDITION = "edition";
    private static final int MAX_TERMS = 12;

    private final Analyzer analyzer = new NewsAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ArticleSearchIndex(Directory directory) {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    /** Adds, replaces or (for an article no longer published) removes each article, then makes it searchable. */
    public void apply(List<SearchableArticle> changes) {
        try {
            for (SearchableArticle article : changes) {
                Term id = new Term(ID, Long.toString(article.id()));
                if (article.published()) {
                    writer.updateDocument(id, document(article));
                } else {
                    writer.deleteDocuments(id);
                }
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the search index", e);
        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
