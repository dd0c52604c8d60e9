package org.newsroom.news.importing;

import java.util.Locale;

/**
 * The channel of a WordPress export: which site it came from. {@link #key()} is what imported items
 * are keyed on together with their WordPress id, so two sites' post 12 never meet.
 */
public record WxrSite(String title, String link, String baseSiteUrl, String baseBlogUrl, String language,
                      String wxrVersion) {

    /** The site's address, lower-case and without a trailing slash; falls back to the channel link. */
    public String key() {
        String address = baseSiteUrl != null && !baseSiteUrl.isBlank() ? baseSiteUrl
                : baseBlogUrl != null && !baseBlogUrl.isBlank() ? baseBlogUrl : link == null ? "" : link;
        String key = address.strip().toLowerCase(Locale.ROOT);
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** The blog's home, where posts' permalinks start (for a site in a subfolder it differs from the site). */
    public String home() {
        String address = baseBlogUrl != null && !baseBlogUrl.isBlank() ? baseBlogUrl : key();
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }
}
