package org.newsroom.web.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.web.it.StaffClient;

/**
 * The WordPress import at scale (issue 13): exports of {@code bench.posts} posts (default 10000,100000)
 * made from the shared fixture, imported with images from the fixture's uploads folder into a fresh H2
 * database on Payara Micro with a 512 MB heap. Prints the time, the pace, and the heap after a full
 * collection. {@code mvn -Pbenchmark -Dbench.mainClass=org.newsroom.web.benchmark.ImportBenchmark
 * -DskipTests package} (from the worktree root: {@code -pl web-module -am}).
 */
public final class ImportBenchmark {

    private static final String ADMIN_PASSWORD = "benchmark-admin-password";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target"));
        Path fixture = Path.of(System.getProperty("bench.fixture", "../news-module/src/test/resources/wordpress-export")).toAbsolutePath().normalize();
        List<String> table = new ArrayList<>(List.of("| posts | export | import | items/s | heap after (full GC) |",
                "|---:|---:|---:|---:|---|"));
        for (String count : System.getProperty("bench.posts", "10000,100000").split(",")) {
            int posts = Integer.parseInt(count.strip());
            Path dir = target.resolve("bench/import-" + posts);
            Benchmark.deleteRecursively(dir);
            Files.createDirectories(dir);
            Path export = WxrGenerator.generate(fixture.resolve("steppe-courier.wordpress.xml"), dir.resolve("export.xml"), posts);
            String jdbc = "jdbc:h2:file:" + dir.toAbsolutePath() + "/db/newsroom;AUTO_SERVER=TRUE;WRITE_DELAY=0";
            try (AppUnderTest app = AppUnderTest.start(target, dir, List.of(
                    "create-jdbc-connection-pool --statementcachesize=200 --isconnectvalidatereq=true --validationmethod=custom-validation --validationclassname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation --failconnection=true --datasourceclassname=org.h2.jdbcx.JdbcDataSource --restype=javax.sql.DataSource NewsroomPool",
                    "set resources.jdbc-connection-pool.NewsroomPool.property.url=" + jdbc,
                    "set resources.jdbc-connection-pool.NewsroomPool.property.user=newsroom",
                    "set resources.jdbc-connection-pool.NewsroomPool.property.password=newsroom",
                    "create-jdbc-resource --connectionpoolid=NewsroomPool jdbc/newsroom"), 18089, true,
                    Map.of("NEWSROOM_ADMIN_PASSWORD", ADMIN_PASSWORD, "JAVA_TOOL_OPTIONS", "-Xmx512m"))) {
                StaffClient admin = new StaffClient(URI.create(app.base()));
                admin.signIn("admin", ADMIN_PASSWORD);
                Instant started = Instant.now();
                HttpResponse<String> start = admin.json("POST", "api/newsroom/admin/imports", "{\"sourceFile\":"
                        + StaffClient.quote(export.toString()) + ",\"uploadsDirectory\":"
                        + StaffClient.quote(fixture.resolve("uploads").toString()) + ",\"siteTimeZone\":\"Asia/Almaty\"}");
                long id = json(start.body()).getJsonNumber("id").longValue();
                JsonObject run;
                do {
                    Thread.sleep(2000);
                    run = json(admin.json("GET", "api/newsroom/admin/imports/" + id, null).body());
                    System.out.println(posts + ": " + run.getInt("done") + " / " + run.getInt("total") + ", heap " + app.heapQuiet());
                } while (run.getString("state").equals("RUNNING"));
                Duration took = Duration.between(started, Instant.now());
                table.add("| " + posts + " | " + Files.size(export) / (1024 * 1024) + " MB | " + took.toSeconds() + " s ("
                        + run.getString("state") + ", " + run.getJsonObject("counts") + ") | "
                        + Math.round(run.getInt("done") / Math.max(1.0, took.toMillis() / 1000.0)) + " | " + app.heap() + " |");
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
