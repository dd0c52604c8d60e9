package org.newsroom.web.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.newsroom.news.media.MediaSettings;
import org.newsroom.news.settings.Settings;
import org.newsroom.news.setup.NewsFirstStart;
import org.newsroom.rates.setup.RatesFirstStart;
import org.newsroom.web.storage.EmbeddedDatabaseLocation;
import org.newsroom.web.storage.FailedStart;
import org.newsroom.web.storage.SampleContent;

/**
 * Runs before the application takes traffic: checks the database is reachable and, when it is the
 * embedded H2, that it lies in the data directory of the images (failing the deployment with the
 * setting at fault rather than running half-broken; on Payara Micro ending the process, see
 * {@link FailedStart}), migrates the schema, then
 * lets each module prepare an empty database. The web module owns this because it owns the
 * persistence unit; the modules themselves never know about each other.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ApplicationStartup {

    public static final String ADMIN_PASSWORD_VARIABLE = "NEWSROOM_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    /** Mapped to the server's datasource by payara-web.xml / jboss-web.xml. */
    @Resource(name = "jdbc/newsroom")
    private DataSource dataSource;

    @EJB
    private NewsFirstStart news;

    @EJB
    private RatesFirstStart rates;

    @PostConstruct
    void start() {
        try {
            checkConnection();
            MigrateResult migration = SchemaMigration.migrate(dataSource);
            String version = migration.targetSchemaVersion != null ? migration.targetSchemaVersion : migration.initialSchemaVersion;
            LOG.info(() -> "Database schema at version " + version
                    + " (" + migration.migrationsExecuted + " migration(s) applied now)");
            Settings settings = Settings.fromConfig();
            news.prepare(settings.text(ADMIN_PASSWORD_VARIABLE), SampleContent.wanted(settings));
            rates.prepare();
        } catch (RefusedStart refused) {
            FailedStart.endPayaraMicro(refused.getMessage());
            throw refused;
        } catch (RuntimeException e) {
            String explanation = "Newsroom could not prepare its database: " + DatabaseFailure.rootMessage(e);
            LOG.log(Level.SEVERE, explanation, e);
            FailedStart.endPayaraMicro(explanation);
            throw e;
        }
    }

    private void checkConnection() {
        String h2Path;
        try (Connection connection = dataSource.getConnection()) {
            String database = describe(connection);
            LOG.info(() -> "Database: " + database);
            h2Path = embeddedDatabasePath(connection);
        } catch (SQLException | RuntimeException e) {
            String explanation = DatabaseFailure.explain(e);
            LOG.log(Level.SEVERE, explanation, e);
            throw new RefusedStart(explanation, e);
        }
        if (h2Path != null) {
            Path dataDirectory = MediaSettings.mediaDirectory().getParent();
            EmbeddedDatabaseLocation.mismatch(h2Path, dataDirectory).ifPresent(misplaced -> {
                LOG.severe(misplaced);
                throw new RefusedStart(misplaced, null);
            });
        }
    }

    /** For H2: where its files really are (the server's datasource chose); null for any other database. */
    private static String embeddedDatabasePath(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return null;
        }
        try (Statement statement = connection.createStatement();
             ResultSet path = statement.executeQuery("SELECT DATABASE_PATH()")) {
            return path.next() ? path.getString(1) : null;
        }
    }

    /** A start refused with the explanation already logged. */
    private static final class RefusedStart extends IllegalStateException {
        RefusedStart(String explanation, Throwable cause) {
            super(explanation, cause);
        }
    }

    private static String describe(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        String url = meta.getURL();
        // PostgreSQL's driver appends every connection property to the URL; the address is enough.
        String address = url == null ? "?" : url.replaceFirst("\\?.*", "");
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + address;
    }
}
