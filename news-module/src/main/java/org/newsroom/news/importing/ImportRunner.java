package org.newsroom.news.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.news.account.Role;
import org.newsroom.news.audit.AuditLog;

/**
 * Runs an import in the background, in no transaction of its own (a run may take an hour; each item
 * has its own), as the admin who started it. Whatever stops it, the run's row says how it ended.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    private ImportRuns runs;

    @EJB
    private ImportItems items;

    @Inject
    private AuditLog audit;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId, String siteZone, String actor) {
        ImportRun run = runs.find(runId).orElseThrow();
        RunState ended;
        try {
            ended = new RunOfOneFile(run, runs, items, ZoneId.of(siteZone), ImportSettings.outletZone()).go();
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "import run " + runId + " stopped", failure);
            runs.end(runId, RunState.FAILED, "The import stopped: " + failure);
            ended = RunState.FAILED;
        }
        ImportRun after = runs.find(runId).orElseThrow();
        audit.record(actor, WordPressImports.AUDIT_ACTION, "import " + runId, (after.isDryRun() ? "dry run, " : "")
                + ended.name().toLowerCase() + ": " + after.getCreated() + " created, " + after.getUpdated() + " updated, "
                + after.getUnchanged() + " unchanged, " + after.getSkipped() + " skipped, " + after.getFailed() + " failed ("
                + (after.getSite() == null ? after.getSourceName() : after.getSite()) + ")");
    }
}
