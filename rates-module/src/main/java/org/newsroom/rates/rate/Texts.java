package org.newsroom.rates.rate;

/** Fitting messages into their columns: a long message is cut rather than failing the whole update. */
public final class Texts {

    private Texts() {
    }

    public static String fit(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }
}
