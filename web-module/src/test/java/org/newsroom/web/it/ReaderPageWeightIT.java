package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a reader's browser downloads (issue 15, point 1): no PrimeFaces theme or script on readers' pages,
 * gzip, fingerprinted assets kept a year, favicon and manifest, the homepage under 60 KB. Staff pages keep
 * PrimeFaces. Requests go as a browser sends them, with Accept-Encoding, and bytes are counted as sent.
 */
class ReaderPageWeightIT extends AgainstTheServer {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"([^\"]*/(?:assets|jakarta\\.faces\\.resource)/[^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readersPagesLoadNoPrimeFacesAndNoRenderBlockingScript() throws Exception {
        String article = firstArticlePath();
        for (String page : List.of("", article, "kazakhstan", "search?q=gas", "no/such/page")) {
            String html = text(get(page));
            assertFalse(html.contains("primefaces") || html.contains("jquery") || html.contains("PrimeFaces"),
                    page + ": no PrimeFaces theme or script");
            Matcher script = SCRIPT.matcher(html);
            while (script.find()) {
                String attributes = script.group(1);
                assertTrue(attributes.contains("defer") || attributes.contains("async") || attributes.contains("application/ld+json"),
                        page + ": a script that blocks rendering: " + script.group());
            }
            assertTrue(html.contains("rel=\"manifest\"") && html.contains("rel=\"icon\""), page + ": icon and manifest");
        }
    }

    @Test
    void theHomepageIsCompressedAndWithItsStylesheetAndScriptWeighsUnder60Kb() throws Exception {
        HttpResponse<byte[]> home = get("");
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(""), "the page is gzipped");
        long transferred = home.body().length;
        Set<String> assets = assetsOf(text(home));
        assertFalse(assets.isEmpty());
        for (String asset : assets) {
            HttpResponse<byte[]> served = get(asset);
            assertEquals(200, served.statusCode(), asset);
            assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(""),
                    asset + ": fingerprinted, so kept for a year");
            if (asset.endsWith(".css") || asset.endsWith(".js")) {
                assertEquals("gzip", served.headers().firstValue("Content-Encoding").orElse(""), asset + " gzipped");
            }
            transferred += served.body().length;
        }
        System.out.printf("homepage: %d bytes transferred with its assets (%d files)%n", transferred, assets.size() + 1);
        assertTrue(transferred <= 60 * 1024, "homepage " + transferred + " bytes, over the 60 KB budget");
        assertTrue(assets.stream().filter(a -> a.endsWith(".css")).count() == 1, "one stylesheet");
        long script = assets.stream().filter(a -> a.endsWith(".js")).mapToLong(a -> {
            try {
                return get(a, false).body().length;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sum();
        assertTrue(script <= 4 * 1024, "a few KB of own script at most: " + script);
    }

    @Test
    void theFaviconAndTheWebManifestAreThereAndNameTheIcons() throws Exception {
        HttpResponse<byte[]> favicon = get("favicon.ico");
        assertEquals(200, favicon.statusCode(), "no more 404 for /favicon.ico");
        assertEquals("image/x-icon", favicon.headers().firstValue("Content-Type").orElse(""));
        String manifest = new String(get("site.webmanifest", false).body(), StandardCharsets.UTF_8);
        var json = jakarta.json.Json.createReader(new java.io.StringReader(manifest)).readObject();
        assertEquals("Newsroom", json.getString("short_name"));
        for (var icon : json.getJsonArray("icons")) {
            String src = icon.asJsonObject().getString("src");
            assertEquals(200, get(src).statusCode(), src);
        }
    }

    @Test
    void feedsAndStaffPagesAreCompressedTooAndStaffKeepPrimeFaces() throws Exception {
        assertEquals("gzip", get("feed/rss.xml").headers().firstValue("Content-Encoding").orElse(""), "a feed is gzipped");
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String dashboard = editor.get("newsroom/").body();
        assertTrue(dashboard.contains("primefaces"), "the newsroom still uses PrimeFaces");
    }

    @Test
    void readersPagesKeepTheirSecurityHeaders() throws Exception {
        HttpResponse<byte[]> home = get("");
        String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("default-src 'self'") && policy.contains("script-src 'self'") && policy.contains("style-src 'self'"),
                policy);
        assertFalse(policy.contains("unsafe-inline"), "readers' pages need no inline script or style");
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        String html = text(home);
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*ld\\+json)[^>]*>").matcher(html).find(), "no inline script");
        assertFalse(html.contains("style=\""), "no inline style");
    }

    /** The first teaser's link on the homepage, as the site's permalink pattern writes it (no redirect). */
    private String firstArticlePath() throws Exception {
        Matcher link = Pattern.compile("class=\"teaser__title\">\\s*<a href=\"([^\"]+)\"").matcher(text(get("")));
        assertTrue(link.find(), "an article on the homepage");
        return link.group(1).substring(base.getPath().length());
    }

    private static Set<String> assetsOf(String html) {
        Set<String> found = new LinkedHashSet<>();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            found.add(asset.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, true);
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip, deflate, br");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The page as text, unzipped when it came gzipped. */
    static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if ("gzip".equals(response.headers().firstValue("Content-Encoding").orElse(""))) {
            try (GZIPInputStream unzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzip.readAllBytes();
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
