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
 * Tags: %year% %monthnum% %day% %hour% %minute% %second% %postname% %post_id%; dates in the outlet's zone.
 */
public final class PermalinkPattern {

    public static final String DEFAULT = "/%year%/%monthnum%/%postname%/";
    private static final Pattern TAG = Pattern.compile("%([a-z_]+)%");
    private static final Pattern ALLOWED = Pattern.compile("(/(?:[A-Za-z0-9._~-]|%[a-z_]+%)+)+/?");

    private final String pattern;

    private PermalinkPattern(String pattern) {
        this.pattern = pattern;
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
                case "year", "monthnum", "day", "hour", "minute", "second", "postname", "post_id" -> {
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
     * @param publishedUtc when it was (or will be) published, UTC; null uses {@code fallbackUtc}
     */
    public String address(LocalDateTime publishedUtc, ZoneId zone, String slug, long id) {
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
                case "post_id" -> Long.toString(id);
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
