package org.newsroom.web.importing.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.LocalDateTime;
import org.newsroom.news.importing.ImportRun;
import org.newsroom.news.importing.ReportLine;

/** A run and its report lines as the API and the admin page's poll send them. */
public final class ImportJson {

    private ImportJson() {
    }

    public static JsonObjectBuilder run(ImportRun run) {
        LocalDateTime now = LocalDateTime.now(Clock.systemUTC());
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", run.getId())
                .add("state", run.getState().name())
                .add("dryRun", run.isDryRun())
                .add("source", run.getSourceName() == null ? "" : run.getSourceName())
                .add("site", run.getSite() == null ? "" : run.getSite())
                .add("total", run.getTotal())
                .add("done", run.getDone())
                .add("current", run.getCurrentItem() == null ? "" : run.getCurrentItem())
                .add("interrupted", run.isInterrupted(now))
                .add("startedBy", run.getStartedBy())
                .add("startedAt", run.getStartedAt() + "Z")
                .add("counts", Json.createObjectBuilder()
                        .add("created", run.getCreated())
                        .add("updated", run.getUpdated())
                        .add("unchanged", run.getUnchanged())
                        .add("skipped", run.getSkipped())
                        .add("failed", run.getFailed()));
        Long eta = run.etaSeconds(now, 0);
        if (eta != null) {
            json.add("etaSeconds", eta);
        }
        if (run.getFinishedAt() != null) {
            json.add("finishedAt", run.getFinishedAt() + "Z");
        }
        if (run.getProblem() != null) {
            json.add("problem", run.getProblem());
        }
        return json;
    }

    public static JsonObjectBuilder line(ReportLine line) {
        return Json.createObjectBuilder()
                .add("position", line.getPosition())
                .add("kind", line.getKind())
                .add("wordPressId", line.getWordPressId() == null ? "" : line.getWordPressId())
                .add("item", line.getLabel() == null ? "" : line.getLabel())
                .add("outcome", line.getOutcome().name())
                .add("message", line.getMessage());
    }
}
