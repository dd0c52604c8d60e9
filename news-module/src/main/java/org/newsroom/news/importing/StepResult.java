package org.newsroom.news.importing;

import java.io.Serializable;
import java.util.List;

/**
 * What one item's transaction did: its outcome, the remarks for the report, and the id of what it
 * became (an account, section, media item or article), when it became something.
 */
public record StepResult(Outcome outcome, String message, List<String> notes, Long targetId, String mediaPath)
        implements Serializable {

    public StepResult {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public static StepResult of(Outcome outcome, Long targetId, List<String> notes) {
        return new StepResult(outcome, null, notes, targetId, null);
    }

    public static StepResult failed(String why) {
        return new StepResult(Outcome.FAILED, why, List.of(), null, null);
    }

    public static StepResult skipped(String why) {
        return new StepResult(Outcome.SKIPPED, why, List.of(), null, null);
    }
}
