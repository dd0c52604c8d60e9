package org.newsroom.web.site;

/** The listing caption the site has always shown: "Viewing results 1 - 6 of 54". */
public record ResultsRange(long first, long last, long total) {

    public static ResultsRange of(int pageIndex, int pageSize, int shownOnPage, long total) {
        long first = shownOnPage == 0 ? 0 : (long) pageIndex * pageSize + 1;
        return new ResultsRange(first, first == 0 ? 0 : first + shownOnPage - 1, total);
    }

    public String caption() {
        return "Viewing results " + first + " - " + last + " of " + total;
    }
}
