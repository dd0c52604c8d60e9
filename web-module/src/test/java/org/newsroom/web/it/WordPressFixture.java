package org.newsroom.web.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The WordPress export fixture (news-module/src/test/resources/wordpress-export, a copy of shared/seed/wordpress-export) for the import tests, copies of it as
 * another site, and a loopback server for its uploads folder (the old site's host is not reachable).
 */
final class WordPressFixture {

    static final String SITE = "http://steppe-courier.example";

    private WordPressFixture() {
    }

    static Path directory() {
        // The repository's copy (news-module's test resources), so a fresh clone anywhere has it.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("news-module/src/test/resources/wordpress-export");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("news-module/src/test/resources/wordpress-export not found above "
                + Path.of("").toAbsolutePath());
    }

    static Path original() {
        return directory().resolve("steppe-courier.wordpress.xml");
    }

    /**
     * The export as this suite imports it: unchanged but for its Uzbekistan category, filed as a section
     * of its own ("uzbekistan-archive"), because the suite keeps the seeded uzbekistan section to the two
     * sample articles (DiscoveryIT counts them). The tag "Uzbekistan" stays as it is.
     */
    static synchronized Path wxr() throws IOException {
        Path file = testFiles().resolve("steppe-courier.xml");
        if (!Files.exists(file)) {
            Files.writeString(file, forThisSuite(Files.readString(original(), StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        return file;
    }

    private static String forThisSuite(String xml) {
        return xml.replace("<category domain=\"category\" nicename=\"uzbekistan\"><![CDATA[Uzbekistan]]>",
                        "<category domain=\"category\" nicename=\"uzbekistan-archive\"><![CDATA[Uzbekistan archive]]>")
                .replace("<wp:category_nicename><![CDATA[uzbekistan]]></wp:category_nicename>",
                        "<wp:category_nicename><![CDATA[uzbekistan-archive]]></wp:category_nicename>")
                .replace("<wp:cat_name><![CDATA[Uzbekistan]]></wp:cat_name>", "<wp:cat_name><![CDATA[Uzbekistan archive]]></wp:cat_name>")
                .replaceAll("(<wp:term_taxonomy><!\\[CDATA\\[category]]></wp:term_taxonomy>\\s*<wp:term_slug><!\\[CDATA\\[)uzbekistan(]]>"
                        + "</wp:term_slug>\\s*<wp:term_parent><!\\[CDATA\\[]]></wp:term_parent>\\s*<wp:term_name><!\\[CDATA\\[)Uzbekistan]]>",
                        "$1uzbekistan-archive$2Uzbekistan archive]]>");
    }

    private static Path testFiles() throws IOException {
        return Files.createDirectories(Path.of(System.getenv().getOrDefault("NEWSROOM_DATA_DIR", "target/it-data"))
                .toAbsolutePath().resolve("wordpress-tests"));
    }

    static Path uploads() {
        return directory().resolve("uploads");
    }

    /**
     * The export as if from another site ({@code http://<name>.example}), its slugs prefixed with
     * {@code <name>-} so its articles do not meet the original's; the same authors, terms and files.
     */
    static Path copyAs(String name) throws IOException {
        String xml = Files.readString(wxr(), StandardCharsets.UTF_8)
                .replace(SITE, "http://" + name + ".example")
                .replaceAll("<wp:post_name><!\\[CDATA\\[([^\\]]+)\\]\\]>", "<wp:post_name><![CDATA[" + name + "-$1]]>");
        return Files.writeString(testFiles().resolve(name + ".xml"), xml, StandardCharsets.UTF_8);
    }

    static Path write(String name, byte[] content) throws IOException {
        return Files.write(testFiles().resolve(name), content);
    }

    /** Serves the uploads folder on {@code host}, each file after {@code delayMillis} (a slow old host). */
    static HttpServer serveUploads(String host, long delayMillis) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/wp-content/uploads/", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            String raw = exchange.getRequestURI().getRawPath().substring("/wp-content/uploads/".length());
            Path file = uploads().resolve(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            if (!file.startsWith(uploads()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    static String uploadsUrl(HttpServer server, String host) {
        return URI.create("http://" + host + ":" + server.getAddress().getPort() + "/wp-content/uploads/").toString();
    }
}
