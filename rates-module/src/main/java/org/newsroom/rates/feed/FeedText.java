package org.newsroom.rates.feed;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reading the numbers and dates that banks write as text, with the errors worded for staff. */
final class FeedText {

    /** Digits with at most one decimal separator, point or comma; no grouping, which no bank uses. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    /** Strict, so that "31.02.2026" is refused instead of quietly becoming 28 February. */
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final int SNIFF_BYTES = 1024;

    private FeedText() {
    }

    /**
     * A rate as published, exactly (scale kept, "87,4500" gives 87.4500).
     *
     * @param where e.g. "USD in the NBK file of 01.04.2026"
     */
    static BigDecimal rate(String text, String where) throws FeedException {
        if (text == null || text.isBlank()) {
            throw new FeedException("The rate of " + where + " is empty");
        }
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new FeedException("The rate of " + where + " is \"" + trimmed + "\", which is not a number");
        }
        BigDecimal rate = new BigDecimal(trimmed.replace(',', '.'));
        if (rate.signum() <= 0) {
            throw new FeedException("The rate of " + where + " is " + trimmed + "; a rate must be above zero");
        }
        return rate;
    }

    /**
     * A stated change such as NBK's "-2.77" or CBU's "-16.5", exactly; null when empty or not a number
     * (it only refines the day's change, so it never costs the rate itself).
     */
    static BigDecimal change(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return DECIMAL.matcher(trimmed).matches() ? new BigDecimal(trimmed.replace(',', '.')) : null;
    }

    static int nominal(String text, String where) throws FeedException {
        String trimmed = text == null ? "" : text.strip();
        if (!WHOLE.matcher(trimmed).matches() || Integer.parseInt(trimmed) == 0) {
            throw new FeedException("The nominal of " + where + " is \"" + trimmed
                    + "\"; it must be a whole number above zero");
        }
        return Integer.parseInt(trimmed);
    }

    /** DD.MM.YYYY as NBK, CBU and NBKR write it. */
    static LocalDate dayMonthYear(String text, String where) throws FeedException {
        return date(text, DAY_MONTH_YEAR, where);
    }

    /** YYYY-MM-DD as NBT writes it. */
    static LocalDate isoDate(String text, String where) throws FeedException {
        return date(text, DateTimeFormatter.ISO_LOCAL_DATE, where);
    }

    private static LocalDate date(String text, DateTimeFormatter format, String where) throws FeedException {
        if (text == null || text.isBlank()) {
            throw new FeedException(where + " gives no date");
        }
        try {
            return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            throw new FeedException(where + " gives its date as \"" + text.strip() + "\", which is not a date", e);
        }
    }

    /** Nothing at all, or only white space: what a proxy or a crashed script sometimes sends with a 200. */
    static void requireContent(byte[] body, String source) throws FeedException {
        if (body == null || new String(body, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new FeedException("The response from " + source + " was empty");
        }
    }

    /**
     * Banks' error pages come back with status 200; say so instead of a confusing parse error. Only the
     * start is looked at, decoded as Latin-1 because tags are ASCII whatever the page's encoding.
     */
    static boolean looksLikeHtml(byte[] body) {
        String head = head(body).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body");
    }

    /** Whether the body opens with a tag (after any byte-order mark and white space): XML, not JSON. */
    static boolean startsWithMarkup(byte[] body) {
        return visibleHead(body).startsWith("<");
    }

    /** Whether the body opens as a JSON array or object does. */
    static boolean startsWithJson(byte[] body) {
        String head = visibleHead(body);
        return head.startsWith("[") || head.startsWith("{");
    }

    /** The UTF-8 byte-order mark, as its three bytes read in Latin-1, is dropped along with white space. */
    private static String visibleHead(byte[] body) {
        return head(body).replace("\u00ef\u00bb\u00bf", "").strip();
    }

    /**
     * The end of the body without trailing white space, in Latin-1 like {@link #head}. A file cut off in
     * transfer lacks its closing tag or bracket, which tells staff "try again" rather than "the bank broke".
     */
    static String tail(byte[] body) {
        int from = Math.max(0, body.length - SNIFF_BYTES);
        return new String(body, from, body.length - from, StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private static String head(byte[] body) {
        return new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    }
}
