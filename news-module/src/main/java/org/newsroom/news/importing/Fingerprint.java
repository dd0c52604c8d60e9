package org.newsroom.news.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what an item was made from. It includes the mapping's version: when the rules change,
 * a re-run updates what they would now make differently.
 */
final class Fingerprint {

    static final String MAPPING_VERSION = "wxr-mapping-1";

    private Fingerprint() {
    }

    static String of(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MAPPING_VERSION.getBytes(StandardCharsets.UTF_8));
            for (Object part : parts) {
                digest.update((byte) 0);
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
