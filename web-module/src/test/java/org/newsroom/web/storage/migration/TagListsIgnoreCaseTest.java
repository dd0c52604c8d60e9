package org.newsroom.web.storage.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** Version 18 on a database whose tag lists were keyed by the tag as it was written. */
class TagListsIgnoreCaseTest {

    @Test
    void everySpellingOfATagBecomesOneListAndAnArticleOnTwoSpellingsStaysOnItOnce() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:tags;DB_CLOSE_DELAY=-1")) {
            try (Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE LISTING_ENTRY (ID BIGINT PRIMARY KEY, ARTICLE_ID BIGINT NOT NULL,"
                        + " LISTING_KIND VARCHAR(10) NOT NULL, LISTING_KEY VARCHAR(80) NOT NULL,"
                        + " CONSTRAINT LISTING_ENTRY_ONCE UNIQUE (ARTICLE_ID, LISTING_KIND, LISTING_KEY))");
                sql.execute("INSERT INTO LISTING_ENTRY VALUES (1, 10, 'TAG', 'Тенге'), (2, 10, 'TAG', 'тенге'),"
                        + " (3, 11, 'TAG', 'ТЕНГЕ'), (4, 11, 'TAG', 'Шығыс Қазақстан'), (5, 11, 'SECTION', 'Kz'),"
                        + " (6, 12, 'TAG', 'gas')");
            }

            new TagListsIgnoreCase().migrate(context(db));

            assertEquals(List.of("1 10 TAG тенге", "3 11 TAG тенге", "4 11 TAG шығыс қазақстан", "5 11 SECTION Kz",
                    "6 12 TAG gas"), rows(db));
        }
    }

    private static List<String> rows(Connection db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet read = sql.executeQuery("SELECT ID, ARTICLE_ID, LISTING_KIND, LISTING_KEY FROM LISTING_ENTRY ORDER BY ID")) {
            while (read.next()) {
                rows.add(read.getLong(1) + " " + read.getLong(2) + " " + read.getString(3) + " " + read.getString(4));
            }
        }
        return rows;
    }

    private static Context context(Connection db) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("not read by the migration");
            }

            @Override
            public Connection getConnection() {
                return db;
            }
        };
    }
}
