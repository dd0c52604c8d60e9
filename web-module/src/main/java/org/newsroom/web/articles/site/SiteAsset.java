package org.newsroom.web.articles.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsroom.web.http.Compression;

/**
 * One of the readers' static files (stylesheet, script, icons) as served: its bytes, a fingerprint of
 * them that goes into its address, and for text a gzip copy made once. Because the address changes
 * whenever the content does, browsers may keep it for a year.
 */
public record SiteAsset(String name, String contentType, byte[] body, byte[] gzipped, String fingerprint) {

    public static SiteAsset of(String name, byte[] body) {
        String type = typeOf(name);
        boolean text = type.startsWith("text/") || type.contains("javascript") || type.contains("svg") || type.contains("json");
        return new SiteAsset(name, type, body, text ? Compression.gzip(body) : null, fingerprint(body));
    }

    /** site.css → site.3f2a9c01d4.css */
    public String fingerprintedName() {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "." + fingerprint + name.substring(dot);
    }

    static String typeOf(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "css" -> "text/css;charset=UTF-8";
            case "js" -> "text/javascript;charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "webmanifest" -> "application/manifest+json";
            default -> throw new IllegalArgumentException("no content type known for " + name);
        };
    }

    static String fingerprint(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }


    static SiteAsset text(String name, String body) {
        return of(name, body.getBytes(StandardCharsets.UTF_8));
    }
}
