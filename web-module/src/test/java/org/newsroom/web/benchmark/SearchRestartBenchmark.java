package org.newsroom.web.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 16, point 4: what a node's search index costs at its first start (built from the database) and at a
 * restart (the index on its disk reused, only what changed while it was down re-indexed). For each size it
 * seeds a fresh H2 database, starts the built WAR, waits for the log's "Search index built" line, times one
 * search while the build runs, stops the node, edits one published article's headline in the database
 * directly (a change made while the node is down), starts the node again and reads its "reused" line, then
 * checks that a search for the new headline finds it.
 * <pre>mvn -Pbenchmark -DskipTests package -Dbench.mainClass=org.newsroom.web.benchmark.SearchRestartBenchmark -Dbench.sizes=10000,100000</pre>
 */
public final class SearchRestartBenchmark {

    private static final Pattern BUILT = Pattern.compile("Search index built in (\\d+) ms: (\\d+) articles kept, (\\d+) indexed");
    private static final Pattern REUSED = Pattern.compile(
            "Search index reused and brought up to date in (\\d+) ms: (\\d+) articles kept, (\\d+) indexed, (\\d+) removed");
    private static final String WORD = "quokkatungsten";

    private SearchRestartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target"));
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
                .mapToInt(s -> Integer.parseInt(s.strip())).toArray();
        List<String> table = new ArrayList<>();
        table.add("| articles | first start: index built | a search during the build | restart: index reused, caught up | "
                + "re-indexed at restart | the change made while down found |");
        table.add("|---:|---:|---:|---:|---:|---|");
        for (int size : sizes) {
            Path dir = target.resolve("bench-search/" + size);
            Benchmark.deleteRecursively(dir);
            Files.createDirectories(dir);
            String jdbc = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db/newsroom;AUTO_SERVER=TRUE;WRITE_DELAY=0";
            ArticleSeeder.seed(jdbc, size, 20261127L, null);
            Path log = dir.resolve("micro.log");

            Matcher built;
            String duringBuild;
            try (AppUnderTest app = AppUnderTest.start(target, dir, jdbc, 18080, true)) {
                Instant asked = Instant.now();
                String page = Benchmark.get(app.base() + "search?q=pipeline&t=" + System.nanoTime());
                duringBuild = Duration.between(asked, Instant.now()).toMillis() + " ms"
                        + (page.contains("search index is being built") ? " (says the index is being built)" : "");
                built = await(log, 0, BUILT, Duration.ofMinutes(15));
            }
            long restartFrom = Files.size(log);
            String headline = editOneHeadlineWhileDown(jdbc);
            Matcher reused;
            String found;
            try (AppUnderTest app = AppUnderTest.start(target, dir, jdbc, 18080, true)) {
                reused = await(log, restartFrom, REUSED, Duration.ofMinutes(5));
                String page = Benchmark.get(app.base() + "search?q=" + WORD + "&t=" + System.nanoTime());
                found = page.contains("Viewing results 1 - 1 of 1") ? "yes: “" + headline + "”" : "NO";
            }
            table.add(String.format("| %d | %,d ms | %s | %,d ms (%s kept) | %s | %s |", size, Long.parseLong(built.group(1)),
                    duringBuild, Long.parseLong(reused.group(1)), reused.group(2), reused.group(3), found));
            System.out.println(table.get(table.size() - 1));
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /** As an editor's save does it: new headline, the row's version moved on. */
    private static String editOneHeadlineWhileDown(String jdbc) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc, "newsroom", "newsroom"); Statement sql = db.createStatement()) {
            long id;
            try (ResultSet oldest = sql.executeQuery("SELECT MIN(ID) FROM ARTICLE WHERE STATUS = 'PUBLISHED'")) {
                oldest.next();
                id = oldest.getLong(1);
            }
            String headline = "Edited while the node was down: " + WORD;
            sql.executeUpdate("UPDATE ARTICLE SET TITLE = '" + headline + "', VERSION = VERSION + 1, UPDATED_AT = CURRENT_TIMESTAMP"
                    + " WHERE ID = " + id);
            return headline;
        }
    }

    private static Matcher await(Path log, long from, Pattern line, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            String text = Files.readString(log);
            Matcher found = line.matcher(text.substring((int) Math.min(from, text.length())));
            if (found.find()) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no \"" + line.pattern() + "\" in " + log);
    }
}
