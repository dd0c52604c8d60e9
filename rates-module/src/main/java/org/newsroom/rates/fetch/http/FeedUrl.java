package org.newsroom.rates.fetch.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank's address with the asked-for date written in, e.g.
 * {@code https://nationalbank.kz/rss/get_rates.cfm?fdate={DD.MM.YYYY}} gives {@code …?fdate=01.04.2026}.
 *
 * <p>A placeholder is a date pattern in braces made of {@code YYYY} (four-digit year), {@code MM} and
 * {@code DD} (two-digit month and day) and the separators {@code . - / _}, in any order:
 * {@code {DD.MM.YYYY}}, {@code {YYYY-MM-DD}}, {@code {YYYYMMDD}}. These spell the banks' own formats
 * the way their documentation does, so an operator can copy an address from it. Anything else in braces
 * is refused when the setting is read, not at the first fetch.
 */
public final class FeedUrl {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern DATE_PATTERN = Pattern.compile("(YYYY|MM|DD|[.\\-/_])+");
    private static final LocalDate EXAMPLE_DAY = LocalDate.of(2026, 4, 1);

    private final String template;

    private FeedUrl(String template) {
        this.template = template;
    }

    /**
     * @param name what the template is called in messages, e.g. the environment variable
     * @throws IllegalArgumentException when the template is not an absolute http(s) address with
     *                                  well-formed placeholders
     */
    public static FeedUrl parse(String template, String name) {
        String trimmed = template == null ? "" : template.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty; it must be the http(s) address of the bank's file");
        }
        Matcher placeholders = PLACEHOLDER.matcher(trimmed);
        while (placeholders.find()) {
            if (!DATE_PATTERN.matcher(placeholders.group(1)).matches()) {
                throw new IllegalArgumentException(name + " has the placeholder {" + placeholders.group(1)
                        + "}; a placeholder is a date such as {DD.MM.YYYY} or {YYYY-MM-DD}");
            }
        }
        FeedUrl url = new FeedUrl(trimmed);
        URI example;
        try {
            example = new URI(url.expand(EXAMPLE_DAY));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a valid address: \"" + trimmed + "\"", e);
        }
        String scheme = example.getScheme() == null ? "" : example.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || example.getHost() == null) {
            throw new IllegalArgumentException(name + " must be an http:// or https:// address with a host, got \""
                    + trimmed + "\"");
        }
        return url;
    }

    public boolean hasDate() {
        return PLACEHOLDER.matcher(template).find();
    }

    /** The address for {@code day}. */
    public URI forDate(LocalDate day) {
        return URI.create(expand(day));
    }

    /** A file in the folder this address names, e.g. NBKR's {@code daily.xml}. */
    public URI file(String name) {
        String folder = template.endsWith("/") ? template : template + "/";
        return URI.create(folder).resolve(name);
    }

    public String template() {
        return template;
    }

    private String expand(LocalDate day) {
        Matcher placeholders = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String date = placeholders.group(1)
                    .replace("YYYY", String.format(Locale.ROOT, "%04d", day.getYear()))
                    .replace("MM", String.format(Locale.ROOT, "%02d", day.getMonthValue()))
                    .replace("DD", String.format(Locale.ROOT, "%02d", day.getDayOfMonth()));
            placeholders.appendReplacement(out, Matcher.quoteReplacement(date));
        }
        placeholders.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
