package org.newsroom.web.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documented benchmark (docs/benchmarks.md): for each size, seeds that many articles, starts
 * the WAR on Payara Micro, drives the public pages with wrk on loopback, and in the same run drives
 * nginx serving a saved copy of the same homepage; prints requests/s, p50, p99, errors and size for
 * each, the app/static ratio, and the app's heap. Each size runs twice: with the page cache off
 * (the rendering path alone, every request rendered from the database) and on (as readers get it). Run with {@code mvn -Pbenchmark -DskipTests package}.
 */
public final class Benchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target"));
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "54,10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        int seconds = Integer.getInteger("bench.seconds", 15);
        int connections = Integer.getInteger("bench.connections", 64);
        List<String> table = new ArrayList<>();
        table.add("| articles | page | req/s | p50 | p99 | errors | bytes |");
        table.add("|---:|---|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Path dir = target.resolve("bench/" + size);
            deleteRecursively(dir);
            Files.createDirectories(dir);
            String jdbc = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db/newsroom;AUTO_SERVER=TRUE;WRITE_DELAY=0";
            Instant seeding = Instant.now();
            // -Dbench.images=false: articles without featured images, as before issue 15 (the "before" figures).
            boolean images = Boolean.parseBoolean(System.getProperty("bench.images", "true"));
            ArticleSeeder.seed(jdbc, size, 20261127L, images ? dir.resolve("media") : null);
            System.out.printf("%n== %d articles seeded in %d s%n", size, Duration.between(seeding, Instant.now()).toSeconds());
            // First the rendering path alone (page cache off): every request is rendered from the database.
            // -Dbench.rendered=false measures only the cached run (the readers' view), in a third of the time.
            if (Boolean.parseBoolean(System.getProperty("bench.rendered", "true"))) try (AppUnderTest app = AppUnderTest.start(target, dir, jdbc, 18080, false)) {
                awaitSearch(app.base());
                int lastPage = Math.max(1, lastSectionPage(app.base()));
                int deepPage = Math.min(1000, lastPage);
                List<String[]> pages = List.of(
                        new String[] {"homepage, rendered", ""},
                        new String[] {"article, rendered", firstArticle(app.base())},
                        new String[] {"section p1, rendered", "kazakhstan"},
                        new String[] {"section p" + deepPage + ", rendered", "kazakhstan?page=" + deepPage},
                        new String[] {"search, rendered", "search?q=pipeline+tashkent"});
                warmUp(app.base(), pages.stream().map(page -> page[1]).toList());
                for (String[] page : pages) {
                    table.add(Wrk.run(app.base() + page[1], seconds, connections).row(size, page[0]));
                }
                // What one reader waits for a search, without 63 others queued in front of them.
                table.add(Wrk.run(app.base() + "search?q=pipeline+tashkent", seconds, 1).row(size, "search, rendered, one connection"));
                table.add(String.format("| %d | heap after the rendered run | %s | | | | |", size, app.heap()));
            }
            // Then as readers get it (page cache on, the default), against nginx serving the same homepage.
            try (AppUnderTest app = AppUnderTest.start(target, dir, jdbc, 18080, true)) {
                if (images) {
                    awaitRenditions(app.base());
                }
                warmUp(app.base(), List.of("", firstArticle(app.base())));
                // What a browser downloads for each page's HTML (gzip), without the images it then loads.
                for (String[] page : List.of(new String[] {"homepage", ""},
                        new String[] {"article", firstArticle(app.base())},
                        new String[] {"section p1", "kazakhstan"}, new String[] {"search", "search?q=pipeline+tashkent"})) {
                    table.add(String.format("| %d | %s: bytes transferred (gzip) | %,d | | | | %,d |", size, page[0],
                            gzippedSize(app.base() + page[1]), get(app.base() + page[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
                }
                Wrk.Result home = Wrk.run(app.base(), seconds, connections);
                table.add(home.row(size, "homepage, page cache"));
                table.add(Wrk.run(app.base() + firstArticle(app.base()), seconds, connections)
                        .row(size, "article, page cache"));
                // A link shared on Facebook: every click carries a fbclid of its own (issue 15, point 8).
                table.add(Wrk.run(app.base() + firstArticle(app.base()), seconds, connections,
                        List.of("-s", freshFbclidScript(dir).toString())).row(size, "article, fresh fbclid each request"));
                // As browsers ask for it: gzipped, the copy the page cache compressed once.
                table.add(Wrk.run(app.base(), seconds, connections, List.of("-H", "Accept-Encoding: gzip"))
                        .row(size, "homepage, page cache, gzip"));
                Path staticRoot = dir.resolve("static");
                Files.createDirectories(staticRoot);
                Files.writeString(staticRoot.resolve("index.html"), get(app.base()));
                try (StaticServer nginx = StaticServer.start(staticRoot, 18090)) {
                    Wrk.Result copy = Wrk.run("http://127.0.0.1:18090/", seconds, connections);
                    table.add(copy.row(size, "static copy (nginx)"));
                    table.add(String.format("| %d | homepage (page cache) / static | %.0f%% | | | | |", size,
                            100.0 * home.requestsPerSecond() / Math.max(1, copy.requestsPerSecond())));
                }
                table.add(String.format("| %d | heap after the cached run | %s | | | | |", size, app.heap()));
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /**
     * A freshly started JVM on two cores needs about a minute of load before the JIT has compiled
     * the hot paths (a first 15 s run of the homepage measured a third of the settled figure):
     * drive every page in turn before anything is measured.
     */
    private static void warmUp(String base, List<String> paths) throws IOException, InterruptedException {
        int seconds = Math.max(1, Integer.getInteger("bench.startWarmup", 90) / paths.size());
        for (String path : paths) {
            Wrk.exec(List.of("wrk", "-t2", "-c16", "-d" + seconds + "s", base + path));
        }
    }

    /**
     * Until the photos' renditions are made (the application makes them in the background when it starts,
     * as after an upgrade): the homepage offers 320-wide ones once they are, and then stops changing.
     */
    private static void awaitRenditions(String base) throws Exception {
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            java.util.regex.Matcher srcset = java.util.regex.Pattern.compile("srcset=\"([^\"]*)\"").matcher(get(base));
            int images = 0;
            boolean all = true;
            while (srcset.find()) {
                images++;
                all &= srcset.group(1).contains("-320.");
            }
            if (images > 0 && all) {
                System.out.printf("renditions ready after %d s%n", Duration.between(started, Instant.now()).toSeconds());
                return;
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the renditions were never made");
    }

    /** Until a search's total stops growing: the first build answers from a partial index meanwhile. */
    private static void awaitSearch(String base) throws Exception {
        Instant indexing = Instant.now();
        Instant deadline = indexing.plus(Duration.ofMinutes(10));
        String previous = "";
        Instant reached = indexing;
        int unchanged = 0;
        while (Instant.now().isBefore(deadline)) {
            try {
                java.util.regex.Matcher total = java.util.regex.Pattern.compile("Viewing results 1 - \\d+ of (\\d+)")
                        .matcher(get(base + "search?q=pipeline&t=" + System.nanoTime()));
                String now = total.find() ? total.group(1) : "";
                unchanged = !now.isEmpty() && now.equals(previous) ? unchanged + 1 : 0;
                reached = now.equals(previous) ? reached : Instant.now();
                previous = now;
                if (unchanged == 3) {
                    System.out.printf("search index ready after %d s%n", Duration.between(indexing, reached).toSeconds());
                    return;
                }
            } catch (IOException whileStarting) {
                // ask again
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("search never answered");
    }

    private static int lastSectionPage(String base) throws Exception {
        String html = get(base + "kazakhstan");
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("Viewing results \\d+ - \\d+ of (\\d+)").matcher(html);
        return total.find() ? (Integer.parseInt(total.group(1)) + 5) / 6 : 1;
    }

    /** The first teaser's article, at its permalink (the old article.xhtml address answers 301 there), without the leading slash. */
    private static String firstArticle(String base) throws Exception {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("class=\"teaser__title\">\\s*<a href=\"/([^\"]+)\"")
                .matcher(get(base));
        if (!link.find()) {
            throw new IllegalStateException("no article on the homepage");
        }
        return link.group(1);
    }

    /** A wrk script giving every request its own fbclid, as every click on a shared link has. */
    private static Path freshFbclidScript(Path dir) throws IOException {
        Path script = dir.resolve("fresh-fbclid.lua");
        Files.writeString(script, """
                local counter = 0
                math.randomseed(os.time())
                request = function()
                    counter = counter + 1
                    local glue = string.find(wrk.path, "?", 1, true) and "&" or "?"
                    return wrk.format(nil, wrk.path .. glue .. "fbclid=IwAR" .. counter .. "x" .. math.random(1, 1000000000))
                end
                """);
        return script;
    }

    /** Bytes on the wire for a browser that accepts gzip. */
    static long gzippedSize(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
