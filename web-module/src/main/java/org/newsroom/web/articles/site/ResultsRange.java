package org.newsroom.web.articles.site;

import org.newsroom.web.editions.EditionTexts;

/** The listing caption the site has always shown: "Viewing results 1 - 6 of 54". */
public record ResultsRange(long first, long last, long total) {

    public static ResultsRange of(int pageIndex, int pageSize, int shownOnPage, long total) {
        long first = shownOnPage == 0 ? 0 : (long) pageIndex * pageSize + 1;
        return new ResultsRange(first, first == 0 ? 0 : first + shownOnPage - 1, total);
    }

    /** Nothing to show: the page says so in words instead of "Viewing results 0 - 0 of 0". */
    public boolean isEmpty() {
        return first == 0;
    }

    /** "Viewing results 1 - 6 of 54", "Показаны 1–6 из 54 материалов": the edition's words and plural rules. */
    public String caption(EditionTexts texts) {
        return texts.results(first, last, total);
    }
}
