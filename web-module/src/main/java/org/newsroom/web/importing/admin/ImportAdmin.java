package org.newsroom.web.importing.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.news.importing.ImportRefused;
import org.newsroom.news.importing.ImportRequest;
import org.newsroom.news.importing.ImportRun;
import org.newsroom.news.importing.ImportSettings;
import org.newsroom.news.importing.ReportLine;
import org.newsroom.news.importing.RunState;
import org.newsroom.news.importing.WordPressImports;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.faces.RefusalsShown;

/**
 * /newsroom/admin/import.xhtml: start an import (an upload or a file on the server, for real or as a dry
 * run), watch its progress, cancel or resume it, read its report. The page shows the latest run, so a
 * reload (or another admin's browser) finds the one that is going.
 */
@Named
@ViewScoped
public class ImportAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int REPORT_LINES = 500;

    @Inject
    private WordPressImports imports;

    private transient Part upload;
    private String sourcePath;
    private String uploadsDirectory;
    private String uploadsUrl;
    private String siteTimeZone = ImportSettings.outletZone().getId();
    private boolean dryRun;
    private Long runId;
    private RunView run;
    private List<LineView> lines = List.of();

    @PostConstruct
    void load() {
        List<ImportRun> recent = imports.recent();
        runId = recent.isEmpty() ? null : recent.get(0).getId();
        refresh();
    }

    /** The poll's and every action's last step: the run as it stands now. */
    public void refresh() {
        ImportRun current = runId == null ? null : imports.find(runId).orElse(null);
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        run = current == null ? null : new RunView(current, now);
        lines = current == null || !current.getState().isOver() ? List.of()
                : imports.report(current.getId(), 0, REPORT_LINES).stream().map(LineView::new).toList();
    }

    public void start() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String source = blank(sourcePath) ? null : sourcePath.strip();
            String name = null;
            if (upload != null && upload.getSize() > 0) {
                try (InputStream in = upload.getInputStream()) {
                    Path stored = imports.storeUpload(in);
                    source = stored.toString();
                    name = upload.getSubmittedFileName();
                }
            }
            ImportRun started = imports.start(new ImportRequest(source, name, uploadsDirectory, uploadsUrl, siteTimeZone, dryRun));
            runId = started.getId();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    StaffTexts.text(dryRun ? "admin.import.startedDryRun" : "admin.import.startedRun", runId), null));
        } catch (ImportRefused refused) {
            refuse(faces, refused);
        } catch (IOException unreadable) {
            faces.addMessage("import:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    StaffTexts.text("admin.import.unreadable", String.valueOf(unreadable.getMessage())), null));
        }
        refresh();
    }

    public void cancel() {
        act(() -> imports.cancel(runId), StaffTexts.text("admin.import.cancelling"));
    }

    public void resume() {
        act(() -> imports.resume(runId, siteTimeZone), StaffTexts.text("admin.import.resumed"));
    }

    private void act(Runnable action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (ImportRefused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalsShown.said(refused), null));
        }
        refresh();
    }

    private static void refuse(FacesContext faces, ImportRefused refused) {
        String field = switch (refused.field().orElse("")) {
            case "sourceFile", "file" -> "import:sourcePath";
            case "uploadsDirectory" -> "import:uploadsDirectory";
            case "uploadsUrl" -> "import:uploadsUrl";
            case "siteTimeZone" -> "import:siteTimeZone";
            default -> null;
        };
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalsShown.said(refused), null));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public boolean isRunning() {
        return run != null && !run.over;
    }

    public boolean isResumable() {
        return run != null && (run.state.equals(RunState.CANCELLED.name()) || run.state.equals(RunState.FAILED.name())
                || run.interrupted);
    }

    public RunView getRun() {
        return run;
    }

    public List<LineView> getLines() {
        return lines;
    }

    public long getMaxUploadMegabytes() {
        return 15;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getSourcePath() {
        return sourcePath;
    }

    public void setSourcePath(String sourcePath) {
        this.sourcePath = sourcePath;
    }

    public String getUploadsDirectory() {
        return uploadsDirectory;
    }

    public void setUploadsDirectory(String uploadsDirectory) {
        this.uploadsDirectory = uploadsDirectory;
    }

    public String getUploadsUrl() {
        return uploadsUrl;
    }

    public void setUploadsUrl(String uploadsUrl) {
        this.uploadsUrl = uploadsUrl;
    }

    public String getSiteTimeZone() {
        return siteTimeZone;
    }

    public void setSiteTimeZone(String siteTimeZone) {
        this.siteTimeZone = siteTimeZone;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
