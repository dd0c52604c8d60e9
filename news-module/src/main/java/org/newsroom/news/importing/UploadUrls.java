package org.newsroom.news.importing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file lies under {@code wp-content/uploads}, from any address WordPress wrote for it, and
 * which original a generated size belongs to: {@code 2025/08/dam-1024x683.jpg} and
 * {@code 2025/08/dam-scaled.jpg} are both {@code 2025/08/dam.jpg}.
 */
public final class UploadUrls {

    static final String UPLOADS = "/wp-content/uploads/";
    private static final Pattern SIZE_OR_SCALED = Pattern.compile("(?i)^(.*?)(?:-\\d{1,5}x\\d{1,5})?(?:-scaled)?(?:-\\d{1,5}x\\d{1,5})?(\\.[a-z0-9]{2,5})$");

    private UploadUrls() {
    }

    /**
     * The path under the uploads folder ("2025/08/газопровод-карта.png", decoded), for an address on
     * any host whose path contains {@value #UPLOADS}; empty for anything else.
     */
    public static Optional<String> relativePath(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String address = url.strip();
        int query = indexOfAny(address, '?', '#');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        int at = address.indexOf(UPLOADS);
        if (at < 0) {
            return Optional.empty();
        }
        String path = decode(address.substring(at + UPLOADS.length()));
        if (path.isEmpty() || path.contains("..") || path.startsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    /** The original's path for a size variant or a "-scaled" copy, lower-cased so a lookup ignores case. */
    public static String originalKey(String relativePath) {
        Matcher variant = SIZE_OR_SCALED.matcher(relativePath);
        String original = variant.matches() ? variant.group(1) + variant.group(2) : relativePath;
        return original.toLowerCase(Locale.ROOT);
    }

    /** Percent-decoding as UTF-8; a "+" stays a "+" (a path, not a form). Bad escapes are left as written. */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return text;
        }
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
}
