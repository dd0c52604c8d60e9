package org.newsroom.web.articles.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;

/**
 * Sends a feed, sitemap or robots.txt with an ETag of its exact bytes and a Cache-Control max-age:
 * feed readers and crawlers poll, and a matching If-None-Match costs them a 304 instead of the body.
 * (The JSON API does the same through {@code JsonResponses}.)
 */
final class CacheableResponse {

    private CacheableResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body,
                     int maxAgeSeconds) throws IOException {
        String etag = etagOf(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        if (matchesAny(request.getHeaders("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void sendText(HttpServletRequest request, HttpServletResponse response, String text, int maxAgeSeconds)
            throws IOException {
        send(request, response, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), maxAgeSeconds);
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Weak comparison, as RFC 9110 wants for If-None-Match: {@code W/"x"} matches {@code "x"}; "*" matches all. */
    static boolean matchesAny(Enumeration<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : Collections.list(ifNoneMatch)) {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals("*") || tag.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
