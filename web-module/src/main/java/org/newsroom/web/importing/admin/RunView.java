package org.newsroom.web.importing.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.newsroom.news.importing.ImportRun;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;

/** A run as the import page shows it (getters: Faces' EL reads no record components). */
public final class RunView implements Serializable {

    private static final long serialVersionUID = 1L;

    final long id;
    final String state;
    final boolean over;
    final boolean interrupted;
    private final boolean dryRun;
    private final String source;
    private final int total;
    private final int done;
    private final String current;
    private final String eta;
    private final int created;
    private final int updated;
    private final int unchanged;
    private final int skipped;
    private final int failed;
    private final String started;
    private final String problem;

    RunView(ImportRun run, LocalDateTime now) {
        this.id = run.getId();
        this.state = run.getState().name();
        this.over = run.getState().isOver();
        this.interrupted = run.isInterrupted(now);
        this.dryRun = run.isDryRun();
        this.source = run.getSite() != null ? run.getSite() + " (" + run.getSourceName() + ")" : run.getSourceName();
        this.total = run.getTotal();
        this.done = run.getDone();
        this.current = run.getCurrentItem();
        Long seconds = run.etaSeconds(now, 0);
        this.eta = seconds == null ? "" : seconds < 60 ? StaffTexts.text("admin.import.eta.seconds", seconds)
                : StaffTexts.text("admin.import.eta.minutes", seconds / 60, seconds % 60);
        this.created = run.getCreated();
        this.updated = run.getUpdated();
        this.unchanged = run.getUnchanged();
        this.skipped = run.getSkipped();
        this.failed = run.getFailed();
        this.started = StaffTexts.text("admin.import.started",
                StaffTexts.current().dateAndTime(run.getStartedAt(), OutletTime.zone()), run.getStartedBy());
        this.problem = run.getProblem();
    }

    public long getId() {
        return id;
    }

    /** "Running", "Finished"… / "Выполняется", "Завершён"…, and whether it is a dry run or went silent. */
    public String getStatus() {
        String text = StaffTexts.text(interrupted ? "admin.import.state.interrupted" : "admin.import.state." + state);
        return dryRun ? StaffTexts.text("admin.import.dryRunStatus", text) : text;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public String getSource() {
        return source;
    }

    public int getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getPercent() {
        return total == 0 ? 0 : (int) Math.min(100, Math.round(done * 100.0 / total));
    }

    public String getCurrent() {
        return current == null ? "" : current;
    }

    public String getEta() {
        return eta;
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

    public String getStarted() {
        return started;
    }

    public String getProblem() {
        return problem;
    }
}
