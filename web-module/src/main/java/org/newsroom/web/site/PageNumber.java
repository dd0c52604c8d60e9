package org.newsroom.web.site;

/** A {@code ?page=} number from an address: anything but a whole number from 1 to a million is no page. */
final class PageNumber {

    static final int NONE = 0;
    private static final int LARGEST = 1_000_000;

    private PageNumber() {
    }

    /** @return the page, 1 when absent, {@link #NONE} for "abc", "-1", "99999999999" and the like */
    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        String digits = value.strip();
        if (digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return NONE;
        }
        int page = Integer.parseInt(digits);
        return page >= 1 && page <= LARGEST ? page : NONE;
    }
}
