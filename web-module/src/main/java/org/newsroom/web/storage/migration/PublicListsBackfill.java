package org.newsroom.web.storage.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.flywaydb.core.api.migration.Context;
import org.newsroom.news.article.Excerpt;

/**
 * Schema version 8: fills V7's list excerpts and list entries for the articles a database already
 * has. Java rather than SQL because an excerpt is the body's text cut at a word (the same code the
 * application uses), and because H2 and PostgreSQL spell "next value of a sequence" differently.
 * From then on the Article entity keeps both in step itself.
 */
public final class PublicListsBackfill extends ApplicationMigration {

    private static final int ID_STEP = 50;

    public PublicListsBackfill() {
        super(8, "fill public lists");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        fillListExcerpts(db);
        long nextId = fillListingEntries(db);
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER SEQUENCE LISTING_ENTRY_SEQ RESTART WITH " + ((nextId / ID_STEP) + 1) * ID_STEP);
        }
    }

    private static void fillListExcerpts(Connection db) throws SQLException {
        try (Statement read = db.createStatement();
             ResultSet articles = read.executeQuery("SELECT ID, EXCERPT, BODY FROM ARTICLE");
             PreparedStatement write = db.prepareStatement("UPDATE ARTICLE SET LIST_EXCERPT = ? WHERE ID = ?")) {
            int pending = 0;
            while (articles.next()) {
                String explicit = articles.getString(2);
                write.setString(1, explicit != null ? explicit : Excerpt.derive(articles.getString(3), Excerpt.DEFAULT_LENGTH));
                write.setLong(2, articles.getLong(1));
                write.addBatch();
                if (++pending % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }

    /** @return the first id not used */
    private static long fillListingEntries(Connection db) throws SQLException {
        String published = " FROM ARTICLE a %s WHERE a.STATUS = 'PUBLISHED'";
        String[] lists = {
            "SELECT a.ID, 'LATEST', '', a.PUBLISHED_AT" + published.formatted(""),
            "SELECT a.ID, 'SECTION', CAST(s.SECTION_ID AS VARCHAR(80)), a.PUBLISHED_AT"
                    + published.formatted("JOIN ARTICLE_SECTION s ON s.ARTICLE_ID = a.ID"),
            "SELECT a.ID, 'TAG', t.TAG, a.PUBLISHED_AT" + published.formatted("JOIN ARTICLE_TAG t ON t.ARTICLE_ID = a.ID"),
            "SELECT a.ID, 'AUTHOR', CAST(b.ACCOUNT_ID AS VARCHAR(80)), a.PUBLISHED_AT"
                    + published.formatted("JOIN ARTICLE_BYLINE b ON b.ARTICLE_ID = a.ID"),
        };
        long id = 1;
        try (PreparedStatement write = db.prepareStatement("INSERT INTO LISTING_ENTRY"
                + " (ID, ARTICLE_ID, LISTING_KIND, LISTING_KEY, PUBLISHED_AT) VALUES (?, ?, ?, ?, ?)")) {
            for (String list : lists) {
                try (Statement read = db.createStatement(); ResultSet rows = read.executeQuery(list)) {
                    while (rows.next()) {
                        Timestamp publishedAt = rows.getTimestamp(4);
                        write.setLong(1, id++);
                        write.setLong(2, rows.getLong(1));
                        write.setString(3, rows.getString(2));
                        write.setString(4, rows.getString(3));
                        write.setTimestamp(5, publishedAt);
                        write.addBatch();
                        if (id % 1000 == 0) {
                            write.executeBatch();
                        }
                    }
                }
            }
            write.executeBatch();
        }
        return id;
    }
}
