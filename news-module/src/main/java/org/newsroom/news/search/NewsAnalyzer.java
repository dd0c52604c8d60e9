package org.newsroom.news.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How the newsroom's words become search terms, the same for articles and for readers' queries: split
 * on Unicode word boundaries, lower-cased, "ё" read as "е" (Russian writes both), then each word stemmed
 * by the language its letters say ({@link StemByScript}): Russian for Cyrillic, English for Latin, so
 * "курс", "курса" and "курсом" are one term, as are "rate" and "rates". A Kazakh word (ә ғ қ ң ө ұ ү һ і)
 * is left whole rather than cut by Russian rules it does not follow.
 */
public final class NewsAnalyzer extends Analyzer {

    private static final NormalizeCharMap YO_AS_YE;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("ё", "е");
        map.add("Ё", "Е");
        YO_AS_YE = map.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO_AS_YE, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(YO_AS_YE, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream terms = new StemByScript(new LowerCaseFilter(words));
        return new TokenStreamComponents(words, terms);
    }
}
