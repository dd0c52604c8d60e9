package org.newsroom.web.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.newsroom.news.setup.NewsFirstStart;
import org.newsroom.rates.setup.RatesFirstStart;

/**
 * Runs before the application takes traffic: checks the database is reachable (failing the
 * deployment with the setting at fault rather than running half-broken), migrates the schema, then
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
        // A bad NEWSROOM_PERMALINKS stops the start here, naming the variable, not at a reader's first page.
        org.newsroom.web.articles.site.Permalinks.check();
        checkConnection();
        MigrateResult migration = SchemaMigration.migrate(dataSource);
        String version = migration.targetSchemaVersion != null ? migration.targetSchemaVersion : migration.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version
                + " (" + migration.migrationsExecuted + " migration(s) applied now)");
        news.prepare(System.getenv(ADMIN_PASSWORD_VARIABLE));
        rates.prepare();
    }

    private void checkConnection() {
        try (Connection connection = dataSource.getConnection()) {
            String database = describe(connection);
            LOG.info(() -> "Database: " + database);
        } catch (SQLException | RuntimeException e) {
            String explanation = DatabaseFailure.explain(e);
            LOG.log(Level.SEVERE, explanation, e);
            throw new IllegalStateException(explanation, e);
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
