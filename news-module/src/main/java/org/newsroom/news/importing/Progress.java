package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/** Writes one item's outcome into its run: the counts, the position, and the report lines it needs. */
final class Progress {

    private Progress() {
    }

    static void write(EntityManager em, ImportStep step, StepResult result, LocalDateTime now) {
        ImportRun run = em.find(ImportRun.class, step.runId());
        if (run == null) {
            throw new IllegalStateException("import run " + step.runId() + " is gone");
        }
        if (result.outcome() != Outcome.CREATED && result.outcome() != Outcome.UNCHANGED
                && result.outcome() != Outcome.UPDATED) {
            em.persist(new ReportLine(step.runId(), step.position(), step.kind(), step.wordPressId(), step.label(),
                    result.outcome(), result.message()));
        }
        for (String note : result.notes()) {
            em.persist(new ReportLine(step.runId(), step.position(), step.kind(), step.wordPressId(), step.label(),
                    Outcome.NOTE, note));
        }
        run.itemDone(step.position(), step.label(), result.outcome(), now);
    }
}
