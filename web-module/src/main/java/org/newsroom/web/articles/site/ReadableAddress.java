package org.newsroom.web.articles.site;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;
import org.newsroom.news.article.ListingKind;

/**
 * What a readable address names: /kazakhstan (a section), /tag/тенге, /author/rita or /search.
 * Path segments are decoded here, as UTF-8, from the raw request URI, rather than by the server:
 * servers differ in how (and whether) they decode a path, and a forwarded query string is decoded
 * with each server's own default charset, which turned /tag/тенге into "ÑÐµÐ½Ð³Ðµ" on Payara.
 *
 * @param kind null for the search page
 * @param key  the decoded section slug, tag or username; null for the search page
 */
record ReadableAddress(ListingKind kind, String key) {

    static final ReadableAddress SEARCH = new ReadableAddress(null, null);

    /**
     * @param path         the request URI after the context path, still percent-encoded
     * @param isSectionSlug whether a one-segment address is a section
     */
    static Optional<ReadableAddress> of(String path, Predicate<String> isSectionSlug) {
        if (path.equals("/search")) {
            return Optional.of(SEARCH);
        }
        String[] parts = path.split("/", -1);
        if (parts.length == 3 && parts[1].equals("tag")) {
            return decoded(parts[2]).map(tag -> new ReadableAddress(ListingKind.TAG, tag));
        }
        if (parts.length == 3 && parts[1].equals("author")) {
            return decoded(parts[2]).map(username -> new ReadableAddress(ListingKind.AUTHOR, username));
        }
        if (parts.length == 2 && !parts[1].contains(".")) {
            return decoded(parts[1]).filter(isSectionSlug).map(slug -> new ReadableAddress(ListingKind.SECTION, slug));
        }
        return Optional.empty();
    }

    /** A path segment's text: %XX sequences as UTF-8 bytes; a "+" is a plus here, not a space. */
    static Optional<String> decoded(String segment) {
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        try {
            String text = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            return text.isBlank() || text.indexOf('\uFFFD') >= 0 ? Optional.empty() : Optional.of(text);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
