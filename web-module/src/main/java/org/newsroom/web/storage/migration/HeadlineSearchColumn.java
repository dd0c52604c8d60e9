package org.newsroom.web.storage.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.HeadlineSearch;

/**
 * Schema version 10: {@code ARTICLE.TITLE_SEARCH}, the headline folded for the newsroom's list
 * search, filled for the articles a database already has. Java because the folding must be the
 * application's ({@link HeadlineSearch#fold}): SQL's LOWER follows the database's locale, and
 * PostgreSQL in the C locale does not lower Cyrillic. From then on the Article entity keeps it.
 */
public final class HeadlineSearchColumn extends ApplicationMigration {

    public HeadlineSearchColumn() {
        super(10, "headline search");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        try (Statement sql = db.createStatement()) {
            sql.execute("ALTER TABLE ARTICLE ADD COLUMN TITLE_SEARCH VARCHAR(" + 2 * Article.MAX_TITLE_LENGTH + ")");
        }
        try (Statement read = db.createStatement();
             ResultSet articles = read.executeQuery("SELECT ID, TITLE FROM ARTICLE");
             PreparedStatement write = db.prepareStatement("UPDATE ARTICLE SET TITLE_SEARCH = ? WHERE ID = ?")) {
            int pending = 0;
            while (articles.next()) {
                write.setString(1, HeadlineSearch.fold(articles.getString(2)));
                write.setLong(2, articles.getLong(1));
                write.addBatch();
                if (++pending % 1000 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
    }
}
