package org.newsroom.web.backup;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.newsroom.news.account.Role;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.media.MediaSettings;

/**
 * Backups for the admin page: taken while the site runs, kept in {@code <data dir>/backups}, listed and
 * downloaded by admins only. The database is saved by its own tool ({@link BackupArchive}).
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Backups {

    public static final String TAKEN = "BACKUP_TAKEN";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    @Resource(name = "jdbc/newsroom")
    private DataSource dataSource;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    /** No transaction: BACKUP TO and pg_dump take their own consistent snapshot. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Path take() {
        DatabaseTarget target = DatabaseTarget.fromEnvironment();
        try (Connection db = dataSource.getConnection()) {
            Path zip = BackupArchive.take(db, target, MediaSettings.mediaDirectory(), folder());
            audit.record(session.getCallerPrincipal().getName(), TAKEN, zip.getFileName().toString(), Files.size(zip) + " bytes");
            LOG.info(() -> "Backup written: " + zip);
            return zip;
        } catch (IOException | SQLException e) {
            LOG.log(Level.SEVERE, "Backup into " + folder() + " failed", e);
            throw new BackupFailed(e, "admin.backup.failed", String.valueOf(e.getMessage()), folder().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupFailed(e, "admin.backup.interrupted");
        }
    }

    public List<Path> list() {
        try {
            return BackupArchive.list(folder());
        } catch (IOException e) {
            throw new BackupFailed(e, "admin.backup.cannotList", folder().toString(), String.valueOf(e.getMessage()));
        }
    }

    /** A backup by its file name; empty for any other name (no path ever leaves the folder). */
    public Optional<Path> find(String name) {
        return list().stream().filter(path -> path.getFileName().toString().equals(name)).findFirst();
    }

    /** Next to the H2 files and the images: {@code NEWSROOM_DATA_DIR/backups}. */
    public Path folder() {
        return MediaSettings.mediaDirectory().getParent().resolve("backups");
    }
}
