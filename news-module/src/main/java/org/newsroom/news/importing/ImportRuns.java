package org.newsroom.news.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Role;

/** The runs' own rows, each change in its own short transaction (the runner itself holds none). */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class ImportRuns {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long create(ImportRun run) {
        em.persist(run);
        em.flush();
        return run.getId();
    }

    public Optional<ImportRun> find(long id) {
        return Optional.ofNullable(em.find(ImportRun.class, id));
    }

    /** Newest first. */
    public List<ImportRun> recent(int max) {
        return em.createQuery("select r from ImportRun r order by r.startedAt desc, r.id desc", ImportRun.class)
                .setMaxResults(Math.max(1, Math.min(max, 100))).getResultList();
    }

    /** The run that is going now (not over, not silent), if any. */
    public Optional<ImportRun> active() {
        LocalDateTime now = now();
        return em.createQuery("select r from ImportRun r where r.state in :going order by r.id desc", ImportRun.class)
                .setParameter("going", List.of(RunState.RUNNING, RunState.CANCELLING)).getResultStream()
                .filter(run -> !run.isInterrupted(now)).findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sized(long id, String site, int total) {
        em.find(ImportRun.class, id).sized(site, total, now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RunState state(long id) {
        return em.find(ImportRun.class, id).getState();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void end(long id, RunState how, String why) {
        em.find(ImportRun.class, id).end(how, why, now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void cancel(long id) {
        em.find(ImportRun.class, id).cancel(now());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resume(long id) {
        em.find(ImportRun.class, id).resume(now());
    }

    /** An item's outcome written on its own: a failed item (its own work rolled back) or a dry run's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ImportStep step, StepResult result) {
        Progress.write(em, step, result, now());
    }

    /** A run's report lines in order; {@code first} counts from 0. */
    public List<ReportLine> lines(long runId, int first, int max) {
        return em.createQuery("select l from ReportLine l where l.runId = :run order by l.position, l.id", ReportLine.class)
                .setParameter("run", runId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Every tag articles have now, so an imported tag joins the one of the same name in any case. */
    public List<String> knownTags() {
        return em.createQuery("select distinct t from Article a join a.tags t", String.class).getResultList();
    }

    /** The media a site's attachments became: WordPress id → address, alt text and caption. */
    public java.util.Map<Long, ImportedLinks.ImportedFile> importedFiles(String site) {
        java.util.Map<Long, ImportedLinks.ImportedFile> files = new java.util.HashMap<>();
        List<Object[]> rows = em.createQuery("select i.itemKey, m from ImportedItem i, MediaItem m where i.site = :site"
                        + " and i.kind = :media and m.id = i.targetId", Object[].class)
                .setParameter("site", site).setParameter("media", ImportedItem.MEDIA).getResultList();
        for (Object[] row : rows) {
            String key = (String) row[0];
            org.newsroom.news.media.MediaItem media = (org.newsroom.news.media.MediaItem) row[1];
            files.put(Long.parseLong(key.substring(key.lastIndexOf('|') + 1)),
                    new ImportedLinks.ImportedFile(media.path(), media.getAltText(), media.getCaption()));
        }
        return files;
    }

    static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
