package org.newsroom.web.storage.migration;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema version written in Java because its data must be computed the application's way (folding,
 * excerpts), not SQL's. The version, description and checksum are fixed at construction: a database
 * that ran it records them, and Flyway refuses to start if they change.
 */
abstract class ApplicationMigration implements JavaMigration {

    private final int version;
    private final String description;

    ApplicationMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** The version itself: the code of a Java migration is never edited once released. */
    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
