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
 * The shared WordPress export (shared/seed/wordpress-export) for the import tests, copies of it as
 * another site, and a loopback server for its uploads folder (the old site's host is not reachable).
 */
final class WordPressFixture {

    static final String SITE = "http://steppe-courier.example";

    private WordPressFixture() {
    }

    static Path directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/seed/wordpress-export");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/seed/wordpress-export not found above " + Path.of("").toAbsolutePath());
    }

    static Path wxr() {
        return directory().resolve("steppe-courier.wordpress.xml");
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
        Path dir = Files.createDirectories(Path.of(System.getenv().getOrDefault("NEWSROOM_DATA_DIR", "target/it-data"))
                .toAbsolutePath().resolve("wordpress-tests"));
        return Files.writeString(dir.resolve(name + ".xml"), xml, StandardCharsets.UTF_8);
    }

    static Path write(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getenv().getOrDefault("NEWSROOM_DATA_DIR", "target/it-data"))
                .toAbsolutePath().resolve("wordpress-tests"));
        return Files.write(dir.resolve(name), content);
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
