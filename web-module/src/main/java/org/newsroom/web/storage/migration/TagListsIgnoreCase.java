package org.newsroom.web.storage.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;
import org.newsroom.news.article.ListingEntry;

/**
 * Schema version 18: a tag's list is keyed by the tag in lower case ({@link ListingEntry#tagKey}),
 * so /tag/Тенге and /tag/тенге are one list. Existing rows get the new key; where an article was on
 * both spellings, the second row goes. Java because the lower-casing must be the application's.
 */
public final class TagListsIgnoreCase extends ApplicationMigration {

    public TagListsIgnoreCase() {
        super(18, "tag lists ignore case");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        Set<String> kept = new HashSet<>();
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT ID, ARTICLE_ID, LISTING_KEY FROM LISTING_ENTRY"
                     + " WHERE LISTING_KIND = 'TAG' ORDER BY ID");
             PreparedStatement rename = db.prepareStatement("UPDATE LISTING_ENTRY SET LISTING_KEY = ? WHERE ID = ?");
             PreparedStatement drop = db.prepareStatement("DELETE FROM LISTING_ENTRY WHERE ID = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String key = rows.getString(3);
                String lower = ListingEntry.tagKey(key);
                if (!kept.add(rows.getLong(2) + "\u0000" + lower)) {
                    drop.setLong(1, id);
                    drop.addBatch();
                } else if (!lower.equals(key)) {
                    rename.setString(1, lower);
                    rename.setLong(2, id);
                    rename.addBatch();
                }
            }
            // deletes first: a row renamed onto its article's other spelling must find that one gone
            drop.executeBatch();
            rename.executeBatch();
        }
    }
}
