package org.newsroom.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;

/**
 * HTTP validators, the one way every servlet and filter here makes and checks them (the JAX-RS
 * resources check theirs with {@code Request.evaluatePreconditions}, from {@link #digest}):
 * an ETag is the first 128 bits of the SHA-256 of what it stands for; a conditional GET is answered
 * 304 as RFC 9110 §13.2.2 says: If-None-Match, when sent, decides alone (weak comparison, lists,
 * "*"); otherwise If-Modified-Since.
 */
public final class Validators {

    private Validators() {
    }

    /** A strong ETag of exactly these bytes, quoted. */
    public static String etagOf(byte[] bytes) {
        return "\"" + hex(sha256(bytes)) + "\"";
    }

    /** The hex digest of a text (unquoted), for tags of things that stand for more than their bytes. */
    public static String digest(String text) {
        return hex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether the client already has what these validators describe.
     *
     * @param etag         the response's ETag (weak or strong), or null
     * @param lastModified the response's Last-Modified in epoch millis, or 0 or less when it has none
     */
    public static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        Enumeration<String> ifNoneMatch = request.getHeaders("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.hasMoreElements()) {
            return etag != null && matchesAny(Collections.list(ifNoneMatch), etag);
        }
        long since = request.getDateHeader("If-Modified-Since");
        return since > 0 && lastModified > 0 && lastModified / 1000 <= since / 1000;
    }

    /** Weak comparison: {@code W/"x"} matches {@code "x"}; "*" matches anything; each header may be a list. */
    static boolean matchesAny(Iterable<String> headers, String etag) {
        String wanted = opaque(etag);
        for (String header : headers) {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*") || opaque(tag).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
