package org.newsroom.news.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One import of one WordPress export, with its progress and counts. Written with each item, so what a
 * page shows after a reload, and where an interrupted run resumes, is what was committed. Times UTC.
 */
@Entity
@Table(name = "IMPORT_RUN")
public class ImportRun {

    /** A run whose runner has not written for this long is taken to be interrupted (a server restart). */
    public static final Duration SILENT_AFTER = Duration.ofMinutes(2);

    @Id
    @SequenceGenerator(name = "IMPORT_RUN_SEQ", sequenceName = "IMPORT_RUN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "IMPORT_RUN_SEQ")
    private Long id;

    @Column(name = "SITE", length = 300)
    private String site;

    @Column(name = "SOURCE_FILE", nullable = false, length = 1000)
    private String sourceFile;

    @Column(name = "SOURCE_NAME", length = 255)
    private String sourceName;

    @Column(name = "UPLOADS_DIR", length = 1000)
    private String uploadsDirectory;

    @Column(name = "UPLOADS_URL", length = 1000)
    private String uploadsUrl;

    @Column(name = "DRY_RUN", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 20)
    private RunState state = RunState.RUNNING;

    @Column(name = "TOTAL", nullable = false)
    private int total;

    @Column(name = "DONE", nullable = false)
    private int done;

    @Column(name = "CURRENT_ITEM", length = 300)
    private String currentItem;

    @Column(name = "CREATED", nullable = false)
    private int created;

    @Column(name = "UPDATED", nullable = false)
    private int updated;

    @Column(name = "UNCHANGED", nullable = false)
    private int unchanged;

    @Column(name = "SKIPPED", nullable = false)
    private int skipped;

    @Column(name = "FAILED", nullable = false)
    private int failed;

    @Column(name = "PROBLEM", length = 2000)
    private String problem;

    @Column(name = "STARTED_BY", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "STARTED_AT", nullable = false)
    private LocalDateTime startedAt;

    /** When this stretch of work began (the start, or the last resume): the ETA counts from here. */
    @Column(name = "RESUMED_AT")
    private LocalDateTime resumedAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "FINISHED_AT")
    private LocalDateTime finishedAt;

    protected ImportRun() {
        // for JPA
    }

    public ImportRun(String sourceFile, String sourceName, String uploadsDirectory, String uploadsUrl, boolean dryRun,
                     String startedBy, LocalDateTime now) {
        this.sourceFile = sourceFile;
        this.sourceName = sourceName == null ? null : sourceName.length() > 255 ? sourceName.substring(0, 255) : sourceName;
        this.uploadsDirectory = uploadsDirectory;
        this.uploadsUrl = uploadsUrl;
        this.dryRun = dryRun;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.resumedAt = now;
        this.updatedAt = now;
    }

    /** The first reading is done: the site and how many items there are. */
    public void sized(String siteKey, int totalItems, LocalDateTime now) {
        this.site = siteKey;
        this.total = Math.max(totalItems, done);
        this.updatedAt = now;
    }

    /** One more item done, at {@code position} (1-based) of the run's fixed order. */
    public void itemDone(int position, String label, Outcome outcome, LocalDateTime now) {
        this.done = Math.max(done, position);
        this.currentItem = label == null ? null : label.length() > 300 ? label.substring(0, 300) : label;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
            default -> {
            }
        }
        this.updatedAt = now;
    }

    public void cancel(LocalDateTime now) {
        if (!state.isOver()) {
            state = RunState.CANCELLING;
            updatedAt = now;
        }
    }

    public void resume(LocalDateTime now) {
        state = RunState.RUNNING;
        problem = null;
        finishedAt = null;
        resumedAt = now;
        updatedAt = now;
    }

    public void end(RunState how, String why, LocalDateTime now) {
        state = how;
        problem = why == null ? null : why.length() > 2000 ? why.substring(0, 2000) : why;
        finishedAt = now;
        updatedAt = now;
    }

    /** Running, but nothing written for {@link #SILENT_AFTER}: its server stopped; it may be resumed. */
    public boolean isInterrupted(LocalDateTime now) {
        return !state.isOver() && updatedAt.plus(SILENT_AFTER).isBefore(now);
    }

    /** Seconds left at the pace of this stretch of work; null until there is a pace to go by. */
    public Long etaSeconds(LocalDateTime now, int doneAtResume) {
        int doneNow = done - doneAtResume;
        if (state.isOver() || doneNow <= 0 || total <= done || resumedAt == null) {
            return null;
        }
        double secondsPerItem = Duration.between(resumedAt, now).toMillis() / 1000.0 / doneNow;
        return Math.round(secondsPerItem * (total - done));
    }

    public Long getId() {
        return id;
    }

    public String getSite() {
        return site;
    }

    public String getSourceFile() {
        return sourceFile;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getUploadsDirectory() {
        return uploadsDirectory;
    }

    public String getUploadsUrl() {
        return uploadsUrl;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public RunState getState() {
        return state;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public String getCurrentItem() {
        return currentItem;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getFailed() {
        return failed;
    }

    public String getProblem() {
        return problem;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getResumedAt() {
        return resumedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
