package org.newsroom.news.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each lower-cased word with the Snowball stemmer of its script: an article or a query may mix
 * Russian, English and Kazakh, and a word's letters say which rules it follows. Words with letters of
 * neither language (digits, Kazakh-only letters, other scripts) pass unchanged.
 */
final class StemByScript extends TokenFilter {

    /** Cyrillic letters Russian does not have: a word with one is Kazakh (or Tatar, Bashkir…), not Russian. */
    private static final String KAZAKH_LETTERS = "әғқңөұүһі";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    StemByScript(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        SnowballStemmer stemmer = stemmerFor(term);
        if (stemmer != null) {
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            term.copyBuffer(stemmer.getCurrentBuffer(), 0, stemmer.getCurrentBufferLength());
        }
        return true;
    }

    private SnowballStemmer stemmerFor(CharSequence word) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < word.length(); i++) {
            char letter = word.charAt(i);
            if (KAZAKH_LETTERS.indexOf(letter) >= 0) {
                return null;
            }
            if (letter >= 'а' && letter <= 'я') {
                cyrillic = true;
            } else if (letter >= 'a' && letter <= 'z') {
                latin = true;
            } else if (Character.isLetter(letter)) {
                return null;
            }
        }
        if (cyrillic == latin) {
            return null;  // no letters at all, or a mix such as a model number: left as written
        }
        return cyrillic ? russian : english;
    }
}
