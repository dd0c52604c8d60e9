package org.newsroom.web.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
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

    static void seed(String jdbcUrl, int count, long seed) throws SQLException {
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
            insertArticles(db, count, random);
            try (Statement sql = db.createStatement()) {
                sql.execute("ALTER SEQUENCE ARTICLE_SEQ RESTART WITH " + (count + 100));
                sql.execute("ALTER SEQUENCE ACCOUNT_SEQ RESTART WITH 100");
                sql.execute("ALTER SEQUENCE SECTION_SEQ RESTART WITH 100");
            }
            db.commit();
        }
    }

    private static void insertArticles(Connection db, int count, Random random) throws SQLException {
        LocalDateTime newest = LocalDateTime.of(2026, 11, 26, 18, 0);
        try (PreparedStatement article = db.prepareStatement("INSERT INTO ARTICLE (ID, VERSION, TITLE, SLUG, BODY, STATUS,"
                + " LANG_CODE, PINNED, AUTHOR_ID, CREATED_AT, UPDATED_AT, PUBLISHED_AT, LAST_EDITED_BY_ID)"
                + " VALUES (?, 1, ?, ?, ?, 'PUBLISHED', 'en', FALSE, 1, ?, ?, ?, 1)");
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
