package org.newsroom.news.importing;

/**
 * What an admin asks for.
 *
 * @param sourceFile       the export on the server (an upload is stored first, see {@link WordPressImports#storeUpload})
 * @param uploadsDirectory a local copy of the site's wp-content/uploads; blank downloads each file
 * @param uploadsUrl       where wp-content/uploads is served now, when not at the site's own address; blank for that
 * @param siteTimeZone     the WordPress site's zone (Settings → General); blank means the newsroom's own
 */
public record ImportRequest(String sourceFile, String sourceName, String uploadsDirectory, String uploadsUrl,
                            String siteTimeZone, boolean dryRun) {
}
