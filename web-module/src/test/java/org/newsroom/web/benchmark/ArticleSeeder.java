package org.newsroom.web.benchmark;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty benchmark database with {@code count} realistic published articles, the same
 * ones for the same seed: the schema comes from the application's own migrations, the rows go in
 * by JDBC batches (the application would take hours to publish 100,000 one by one).
 */
final class ArticleSeeder {

    static final List<String> SECTIONS = List.of("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan",
            "politics", "economy", "society");
    private static final String[] WORDS = ("president minister parliament election reform budget tenge som somoni sum "
            + "manat gas oil pipeline railway corridor harvest cotton wheat water energy hydropower dam border trade "
            + "investment bank inflation exports imports summit delegation agreement cooperation security region "
            + "capital city mountains steppe river lake university students hospital court media journalist").split(" ");
    private static final String[] PLACES = {"Astana", "Almaty", "Bishkek", "Osh", "Dushanbe", "Khujand", "Ashgabat",
            "Tashkent", "Samarkand", "Bukhara"};

    private ArticleSeeder() {
    }

    /** Distinct photos the articles share as featured images (issue 15: teasers show them). */
    static final int PHOTOS = 12;

    /**
     * @param mediaDirectory where the photos' files go (the data directory's media folder); null for
     *                       articles without images, as before issue 15
     */
    static void seed(String jdbcUrl, int count, long seed, Path mediaDirectory) throws SQLException, IOException {
        // Up to version 7 only: the application's own V8 (PublicListsBackfill) fills the list excerpts and
        // public lists of these rows when it starts, as it does for any database it is pointed at.
        Flyway.configure().dataSource(jdbcUrl, "newsroom", "newsroom").locations("classpath:db/migration")
                .table("SCHEMA_HISTORY").target("7").load().migrate();
        Random random = new Random(seed);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "newsroom", "newsroom")) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("INSERT INTO ACCOUNT (ID, USERNAME, DISPLAY_NAME, PASSWORD_HASH, ACCOUNT_ROLE, ENABLED, CREATED_AT)"
                        + " VALUES (1, 'admin', 'Benchmark Admin', 'not-a-hash', 'ADMIN', TRUE, CURRENT_TIMESTAMP)");
                for (int s = 0; s < SECTIONS.size(); s++) {
                    String slug = SECTIONS.get(s);
                    sql.execute("INSERT INTO SECTION (ID, SLUG, NAME, KIND, SORT_ORDER) VALUES (" + (s + 1) + ", '" + slug
                            + "', '" + Character.toUpperCase(slug.charAt(0)) + slug.substring(1) + "', '"
                            + (s < 5 ? "COUNTRY" : "TOPIC") + "', " + (s + 1) * 10 + ")");
                }
                sql.execute("UPDATE NEWS_SETUP SET SAMPLE_SEEDED_AT = CURRENT_TIMESTAMP");
            }
            long[] photos = mediaDirectory == null ? new long[0] : insertPhotos(db, mediaDirectory, random);
            insertArticles(db, count, random, photos);
            try (Statement sql = db.createStatement()) {
                sql.execute("ALTER SEQUENCE ARTICLE_SEQ RESTART WITH " + (count + 100));
                sql.execute("ALTER SEQUENCE ACCOUNT_SEQ RESTART WITH 100");
                sql.execute("ALTER SEQUENCE SECTION_SEQ RESTART WITH 100");
            }
            db.commit();
        }
    }

    /**
     * News-photo-like JPEGs of 1600 × 900 (sky, hills, shapes, grain), stored as the media library stores
     * uploads; the application makes their renditions when it starts, as after an upgrade.
     */
    private static long[] insertPhotos(Connection db, Path mediaDirectory, Random random) throws SQLException, IOException {
        Files.createDirectories(mediaDirectory);
        long[] ids = new long[PHOTOS];
        try (PreparedStatement media = db.prepareStatement("INSERT INTO MEDIA_ITEM (ID, SHA256, MEDIA_TYPE, SIZE_BYTES,"
                + " ORIGINAL_NAME, CAPTION, CREDIT, ALT_TEXT, WIDTH, HEIGHT, UPLOADED_BY, UPLOADED_AT)"
                + " VALUES (?, ?, 'image/jpeg', ?, ?, 'A benchmark photo', 'Benchmark', 'Hills under a blue sky', 1600, 900,"
                + " 'admin', CURRENT_TIMESTAMP)")) {
            for (int i = 0; i < PHOTOS; i++) {
                byte[] jpeg = photo(1600, 900, random);
                String sha = HexFormat.of().formatHex(sha256(jpeg));
                Files.write(mediaDirectory.resolve(sha + ".jpg"), jpeg);
                ids[i] = 1_000_000_000_000_000L + i;
                media.setLong(1, ids[i]);
                media.setString(2, sha);
                media.setLong(3, jpeg.length);
                media.setString(4, "photo-" + i + ".jpg");
                media.addBatch();
            }
            media.executeBatch();
        }
        return ids;
    }

    private static byte[] photo(int width, int height, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x5b8fd6), 0, height * 0.6f, new Color(0xe9d7b0)));
        g.fillRect(0, 0, width, height);
        for (int shape = 0; shape < 40; shape++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(width), height / 3 + random.nextInt(height), 20 + random.nextInt(width / 3), 20 + random.nextInt(height / 3));
        }
        g.dispose();
        for (int y = 0; y < height; y++) {  // grain, so it compresses like a photo rather than a drawing
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(9) - 4;
                int rgb = image.getRGB(x, y);
                image.setRGB(x, y, (clamp((rgb >> 16 & 0xff) + noise) << 16) | (clamp((rgb >> 8 & 0xff) + noise) << 8)
                        | clamp((rgb & 0xff) + noise));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insertArticles(Connection db, int count, Random random, long[] photos) throws SQLException {
        LocalDateTime newest = LocalDateTime.of(2026, 11, 26, 18, 0);
        try (PreparedStatement article = db.prepareStatement("INSERT INTO ARTICLE (ID, VERSION, TITLE, SLUG, BODY, STATUS,"
                + " LANG_CODE, PINNED, AUTHOR_ID, CREATED_AT, UPDATED_AT, PUBLISHED_AT, LAST_EDITED_BY_ID, FEATURED_IMAGE_ID)"
                + " VALUES (?, 1, ?, ?, ?, 'PUBLISHED', 'en', FALSE, 1, ?, ?, ?, 1, ?)");
             PreparedStatement section = db.prepareStatement("INSERT INTO ARTICLE_SECTION (ARTICLE_ID, SECTION_ID) VALUES (?, ?)");
             PreparedStatement byline = db.prepareStatement("INSERT INTO ARTICLE_BYLINE (ARTICLE_ID, ACCOUNT_ID) VALUES (?, 1)")) {
            for (int id = 1; id <= count; id++) {
                Timestamp when = Timestamp.valueOf(newest.minusMinutes(37L * id));
                String title = title(random) + " " + id;
                article.setLong(1, id);
                article.setString(2, title);
                article.setString(3, title.toLowerCase().replace(' ', '-'));
                article.setString(4, body(random));
                article.setTimestamp(5, when);
                article.setTimestamp(6, when);
                article.setTimestamp(7, when);
                if (photos.length == 0) {
                    article.setNull(8, java.sql.Types.BIGINT);
                } else {
                    article.setLong(8, photos[id % photos.length]);
                }
                article.addBatch();
                int country = 1 + random.nextInt(5);
                int topic = 6 + random.nextInt(3);
                for (int sectionId : new int[] {country, topic}) {
                    section.setLong(1, id);
                    section.setLong(2, sectionId);
                    section.addBatch();
                }
                byline.setLong(1, id);
                byline.addBatch();
                if (id % 1000 == 0 || id == count) {
                    article.executeBatch();
                    section.executeBatch();
                    byline.executeBatch();
                }
            }
        }
    }

    private static String title(Random random) {
        return PLACES[random.nextInt(PLACES.length)] + " " + word(random) + " " + word(random) + " " + word(random);
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            body.append("<p>");
            for (int sentence = 0; sentence < 4; sentence++) {
                body.append(Character.toUpperCase(word(random).charAt(0)));
                for (int w = 0; w < 12; w++) {
                    String word = word(random);
                    body.append(w == 0 ? word.substring(1) : " " + word);
                }
                body.append(" in ").append(PLACES[random.nextInt(PLACES.length)]).append(". ");
            }
            body.append("</p>");
        }
        return body.toString();
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
