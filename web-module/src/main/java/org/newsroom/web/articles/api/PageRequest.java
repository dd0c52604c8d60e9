package org.newsroom.web.articles.api;

/**
 * Which page of a list a client asks for: ?page= from 1, ?size= from 1 to {@value #MAX_SIZE}.
 * Anything else is refused with a sentence the client can show, never silently corrected.
 */
record PageRequest(int page, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 50;

    /** Absent (null or blank) parameters take their defaults: page 1 of {@value #DEFAULT_SIZE}. */
    static PageRequest parse(String page, String size) {
        int pageNumber = number("page", page, 1);
        int pageSize = number("size", size, DEFAULT_SIZE);
        if (pageNumber < 1) {
            throw new IllegalArgumentException("page counts from 1.");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new IllegalArgumentException("size is from 1 to " + MAX_SIZE + ".");
        }
        if ((long) (pageNumber - 1) * pageSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + pageNumber + " is beyond any list.");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is a whole number, not \"" + value + "\".");
        }
    }

    /** The offset of the page's first item. */
    int first() {
        return (page - 1) * size;
    }

    /** How many pages {@code total} items fill (none fill zero pages). */
    long pages(long total) {
        return (total + size - 1) / size;
    }
}
