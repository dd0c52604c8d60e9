package org.newsroom.rates.fetch;

/** Fitting messages into their columns: a long message is cut rather than failing the whole update. */
final class Texts {

    private Texts() {
    }

    static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }
}
