package org.newsroom.web.articles.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void wholeWordsTheQueryAsksForAreMarkedAndEverythingIsEscaped() {
        Set<String> asked = Set.of("курсом", "тенге");
        assertEquals("<mark>Курсом</mark> &lt;b&gt;<mark>тенге</mark>&lt;/b&gt; &amp; курсор",
                Highlighter.mark("Курсом <b>тенге</b> & курсор", word -> asked.contains(word.toLowerCase())));
    }

    @Test
    void entitiesAndKazakhLettersAreNotSplitIntoWords() {
        assertEquals("&quot;<mark>теңге</mark>&quot; amp",
                Highlighter.mark("\"теңге\" amp", word -> word.equals("теңге")));
        assertEquals("", Highlighter.mark(null, word -> true));
    }
}
