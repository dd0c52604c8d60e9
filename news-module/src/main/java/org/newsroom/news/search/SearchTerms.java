package org.newsroom.news.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a reader's query became, and which words of a text they stand for: "курсом" in an excerpt
 * is a match for the query "курс", because both stem to the same term. What the results page highlights.
 */
public final class SearchTerms {

    private static final Analyzer ANALYZER = new NewsAnalyzer();

    private final List<String> terms;

    SearchTerms(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchTerms none() {
        return new SearchTerms(List.of());
    }

    public List<String> terms() {
        return terms;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether this one word of a text (as written: any case, "ё" or "е") is one the query asked for. */
    public boolean matches(String word) {
        if (terms.isEmpty() || word == null || word.isBlank()) {
            return false;
        }
        try (TokenStream tokens = ANALYZER.tokenStream(ArticleSearchIndex.BODY, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            boolean found = false;
            while (tokens.incrementToken()) {
                found |= terms.contains(term.toString());
            }
            tokens.end();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return terms.toString();
    }
}
