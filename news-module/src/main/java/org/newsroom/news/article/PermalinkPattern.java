package org.newsroom.news.article;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles' readable addresses, in WordPress's own permalink notation so an imported site keeps its
 * URLs: {@code /%year%/%monthnum%/%postname%/} (the default) gives {@code /2025/11/som-steadies/}.
 * Tags: %year% %monthnum% %day% %hour% %minute% %second% %postname%; dates in the outlet's zone. WordPress's
 * %post_id% and %category% are not offered: Newsroom's ids are not WordPress's, and an article may be in
 * several sections (their old addresses still answer 301, through the import's records).
 */
public final class PermalinkPattern {

    public static final String DEFAULT = "/%year%/%monthnum%/%postname%/";
    private static final Pattern TAG = Pattern.compile("%([a-z_]+)%");
    private static final Pattern ALLOWED = Pattern.compile("(/(?:[A-Za-z0-9._~-]|%[a-z_]+%)+)+/?");

    private final String pattern;
    private final Pattern matcher;

    private PermalinkPattern(String pattern) {
        this.pattern = pattern;
        StringBuilder regex = new StringBuilder("^");
        Matcher tag = TAG.matcher(pattern);
        int last = 0;
        while (tag.find()) {
            regex.append(Pattern.quote(pattern.substring(last, tag.start())));
            regex.append(switch (tag.group(1)) {
                case "year" -> "(?<year>[0-9]{4})";
                case "monthnum" -> "(?<month>[0-9]{2})";
                case "day" -> "(?<day>[0-9]{2})";
                case "postname" -> "(?<slug>[^/]+)";
                default -> "[0-9]{2}";
            });
            last = tag.end();
        }
        String tail = pattern.substring(last);
        regex.append(Pattern.quote(tail.endsWith("/") ? tail.substring(0, tail.length() - 1) : tail)).append("/?$");
        this.matcher = Pattern.compile(regex.toString());
    }

    /** The slug a path names in this pattern's shape (path decoded: "/2025/11/тенге/"), or null. */
    public String slugOf(String decodedPath) {
        Matcher match = matcher.matcher(decodedPath);
        return match.matches() ? match.group("slug") : null;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong: a pattern must start with "/", name
     *                                  %postname% (so each article's address is its own) and use known tags only
     */
    public static PermalinkPattern of(String pattern) {
        String text = pattern == null || pattern.isBlank() ? DEFAULT : pattern.strip();
        if (!ALLOWED.matcher(text).matches()) {
            throw new IllegalArgumentException("A permalink pattern is a path such as " + DEFAULT + ", not \"" + text + "\"");
        }
        if (!text.contains("%postname%")) {
            throw new IllegalArgumentException("A permalink pattern must contain %postname%: \"" + text + "\"");
        }
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            switch (tag.group(1)) {
                case "year", "monthnum", "day", "hour", "minute", "second", "postname" -> {
                }
                default -> throw new IllegalArgumentException("A permalink pattern knows no %" + tag.group(1) + "%: \"" + text + "\"");
            }
        }
        return new PermalinkPattern(text);
    }

    public String pattern() {
        return pattern;
    }

    /**
     * The address of an article, percent-encoded as a browser sends it.
     *
     * @param publishedUtc when it was (or will be) published, UTC
     */
    public String address(LocalDateTime publishedUtc, ZoneId zone, String slug) {
        ZonedDateTime local = publishedUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
        Matcher tag = TAG.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (tag.find()) {
            String value = switch (tag.group(1)) {
                case "year" -> String.format(Locale.ROOT, "%04d", local.getYear());
                case "monthnum" -> String.format(Locale.ROOT, "%02d", local.getMonthValue());
                case "day" -> String.format(Locale.ROOT, "%02d", local.getDayOfMonth());
                case "hour" -> String.format(Locale.ROOT, "%02d", local.getHour());
                case "minute" -> String.format(Locale.ROOT, "%02d", local.getMinute());
                case "second" -> String.format(Locale.ROOT, "%02d", local.getSecond());
                default -> encode(slug);
            };
            tag.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        tag.appendTail(out);
        return out.toString();
    }

    /** Percent-encoded UTF-8, lower-case hex as WordPress writes it, so its old links match byte for byte. */
    public static String encode(String slug) {
        String encoded = URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
        StringBuilder out = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
