package org.newsroom.web.crash;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsroom.news.media.MediaStore;
import org.newsroom.web.it.StaffClient;

/**
 * What a restarted server must show after a crash in the middle of a {@link WriteBurst}: every
 * acknowledged write exactly as acknowledged (through the staff API and the media addresses), nothing
 * half there (in the database and the media folder), the homepage's total equal to the published
 * count, and search catching up with every published article of the burst.
 */
public final class AfterCrash {

    /** The figures the test prints and the closing note quotes. */
    public record Verdict(int acknowledged, int found, List<String> problems) {
        public int lost() {
            return acknowledged - found;
        }

        public String figures() {
            return "acknowledged " + acknowledged + ", found " + found + ", lost " + lost();
        }
    }

    private static final Pattern TOTAL = Pattern.compile("Viewing results \\d+ - \\d+ of (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AfterCrash() {
    }

    public static Verdict check(URI base, StaffClient staff, WriteBurst burst, Connection db, Path mediaDirectory)
            throws Exception {
        Ledger ledger = burst.ledger();
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (Ledger.Article article : ledger.articles()) {
            found += stepsFound(staff, article, problems);
        }
        for (Ledger.Upload upload : ledger.uploads()) {
            // As staff: an image no published article uses yet is not for readers.
            HttpResponse<byte[]> served = staff.getBytes(base.resolve(upload.path().substring(1)));
            if (served.statusCode() == 200 && Arrays.equals(served.body(), upload.content())) {
                found++;
            } else {
                problems.add("upload " + upload.id() + " acknowledged, now answers " + served.statusCode()
                        + " with " + served.body().length + " bytes (sent " + upload.content().length + ")");
            }
        }
        nothingHalfThere(db, mediaDirectory, problems);
        homepageTotalIsThePublishedCount(base, db, problems);
        searchCatchesUp(base, burst.runWord(), db, problems);
        return new Verdict(ledger.acknowledged(), found, problems);
    }

    /** How many of the article's acknowledged steps (created, saved, published) are there, exactly. */
    private static int stepsFound(StaffClient staff, Ledger.Article expected, List<String> problems) throws Exception {
        HttpResponse<String> answer = staff.json("GET", "api/newsroom/articles/" + expected.id, null);
        if (answer.statusCode() == 404 || answer.body().contains("There is no article")) {
            problems.add("article " + expected.id + " (acknowledged " + expected.level + " step(s)) is gone");
            return 0;
        }
        if (answer.statusCode() != 200) {
            problems.add("article " + expected.id + " answers " + answer.statusCode() + ": " + answer.body());
            return 0;
        }
        String json = answer.body();
        String title = WriteBurst.field(json, "title");
        String body = WriteBurst.field(json, "body");
        String status = WriteBurst.field(json, "status");
        Long imageId = json.contains("\"featuredImageId\"") ? Long.valueOf(WriteBurst.field(json, "featuredImageId")) : null;
        boolean asSaved = title.equals(expected.title) && body.equals(expected.body)
                && java.util.Objects.equals(imageId, expected.imageId);
        boolean pendingSaveLanded = expected.pending == Ledger.Op.SAVE && title.equals(expected.title + " saved")
                && imageId != null;
        int level;
        if (asSaved || pendingSaveLanded) {
            level = "PUBLISHED".equals(status) ? 3 : expected.level >= 2 || pendingSaveLanded ? 2 : 1;
        } else if (title.equals(expected.createdTitle) && body.equals(expected.createdBody)) {
            level = 1;
        } else {
            problems.add("article " + expected.id + " is neither as acknowledged nor as first created: " + json);
            return 0;
        }
        if ("PUBLISHED".equals(status) && expected.level < 3 && expected.pending != Ledger.Op.PUBLISH) {
            problems.add("article " + expected.id + " is published, which was never asked");
        }
        if (level < expected.level) {
            problems.add("article " + expected.id + " acknowledged " + expected.level + " step(s), has " + level
                    + " (status " + status + ", title \"" + title + "\")");
        }
        return Math.min(level, expected.level);
    }

    private static void nothingHalfThere(Connection db, Path mediaDirectory, List<String> problems) throws Exception {
        expectNone(db, problems, "published articles without their list entries",
                "select a.ID from ARTICLE a where a.STATUS = 'PUBLISHED' and not exists "
                        + "(select 1 from LISTING_ENTRY e where e.ARTICLE_ID = a.ID and e.LISTING_KIND = 'SECTION')");
        expectNone(db, problems, "list entries of articles that are not published",
                "select e.ARTICLE_ID from LISTING_ENTRY e join ARTICLE a on a.ID = e.ARTICLE_ID where a.STATUS <> 'PUBLISHED'");
        expectNone(db, problems, "articles without a section",
                "select a.ID from ARTICLE a where not exists (select 1 from ARTICLE_SECTION s where s.ARTICLE_ID = a.ID)");
        expectNone(db, problems, "articles whose featured image has no row",
                "select a.ID from ARTICLE a where a.FEATURED_IMAGE_ID is not null and not exists "
                        + "(select 1 from MEDIA_ITEM m where m.ID = a.FEATURED_IMAGE_ID)");
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select ID, SHA256, MEDIA_TYPE, SIZE_BYTES from MEDIA_ITEM")) {
            while (rows.next()) {
                String extension = rows.getString(3).substring(rows.getString(3).indexOf('/') + 1).replace("jpeg", "jpg");
                Path file = mediaDirectory.resolve(rows.getString(2) + "." + extension);
                if (!Files.isRegularFile(file) || Files.size(file) != rows.getLong(4)) {
                    problems.add("image row " + rows.getLong(1) + " without its whole file " + file);
                }
            }
        }
        if (Files.isDirectory(mediaDirectory)) {
            try (Stream<Path> files = Files.list(mediaDirectory)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                    String name = file.getFileName().toString();
                    String sha256 = name.substring(0, name.indexOf('.'));
                    if (!sha256.equals(MediaStore.sha256Hex(Files.readAllBytes(file)))) {
                        problems.add("a visible media file is not whole: " + file);
                    }
                }
            }
        }
    }

    private static void expectNone(Connection db, List<String> problems, String what, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        if (!ids.isEmpty()) {
            problems.add(what + ": " + ids);
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void homepageTotalIsThePublishedCount(URI base, Connection db, List<String> problems) throws Exception {
        // The English homepage lists the English edition: every published article but the Russian ones (/ru/).
        long published = count(db, "select count(*) from ARTICLE where STATUS = 'PUBLISHED'"
                + " and lower(LANG_CODE) <> 'ru' and lower(LANG_CODE) not like 'ru-%' and lower(LANG_CODE) not like 'ru\\_%'");
        String home = HTTP.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher total = TOTAL.matcher(home);
        if (!total.find() || Long.parseLong(total.group(1)) != published) {
            problems.add("the homepage says " + (total.find(0) ? total.group(0) : "no total") + ", the database has "
                    + published + " published");
        }
    }

    private static void searchCatchesUp(URI base, String runWord, Connection db, List<String> problems) throws Exception {
        long published = count(db, "select count(*) from ARTICLE where STATUS = 'PUBLISHED' and TITLE like '" + runWord + "%'");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String last = "nothing";
        while (Instant.now().isBefore(deadline)) {
            String page = HTTP.send(HttpRequest.newBuilder(base.resolve("search?q=" + runWord + "&t=" + System.nanoTime())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher total = TOTAL.matcher(page);
            last = total.find() ? total.group(1) : "no results";
            if (last.equals(Long.toString(published))) {
                return;
            }
            Thread.sleep(1000);
        }
        problems.add("search for the burst found " + last + " within 60 s, the database has " + published + " published");
    }
}
