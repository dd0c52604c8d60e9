package org.newsroom.rates.held;

/** Where a held rate stands. */
public enum HeldRateStatus {
    /** Waiting for an editor; not on the ticker. */
    PENDING,
    /** An editor let it through: it is stored as a rate, with their name and note. */
    CONFIRMED,
    /** An editor turned it down: it is never stored, and fetching the same figure again does not hold it again. */
    REJECTED
}
