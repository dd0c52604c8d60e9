package org.newsroom.rates.status;

/** How a source's last fetch ended, as the staff status page shows it. */
public enum FetchOutcome {
    /** The bank answered and its rate is stored (or was already). */
    OK,
    /** The bank answered but has nothing new: a holiday, not published yet, or older than what is stored. */
    NO_RATE,
    /** The bank could not be reached or its answer was unusable; the last good rate stays on the ticker. */
    FAILED,
    /** The rate moved so far that it waits for an editor before the ticker shows it. */
    HELD;

    /** Whether the bank itself answered properly, which ends a run of failures. */
    public boolean bankAnswered() {
        return this != FAILED;
    }
}
