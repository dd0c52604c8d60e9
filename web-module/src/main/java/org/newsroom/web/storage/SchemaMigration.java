package org.newsroom.web.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.newsroom.web.storage.migration.HeadlineSearchColumn;
import org.newsroom.web.storage.migration.PublicListsBackfill;
import org.newsroom.web.storage.migration.TagListsIgnoreCase;

/**
 * Brings the database schema to the version this build expects, with the versioned scripts in
 * {@code db/migration}. Flyway takes a database lock, so instances starting together migrate once;
 * it never drops or recreates anything that exists.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("SCHEMA_HISTORY")
                .failOnMissingLocations(true)
                .javaMigrations(new PublicListsBackfill(), new HeadlineSearchColumn(), new TagListsIgnoreCase())
                .load()
                .migrate();
    }
}
