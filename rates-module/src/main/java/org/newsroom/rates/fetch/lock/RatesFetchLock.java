package org.newsroom.rates.fetch.lock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The single row (created by the migration) that makes one instance of a cluster fetch per scheduled
 * slot: an instance may fetch only after claiming it with a conditional update, see {@link FetchGuard}.
 * Times are UTC.
 */
@Entity
@Table(name = "RATES_FETCH_LOCK")
public class RatesFetchLock {

    public static final long SINGLETON_ID = 1L;

    @Id
    @Column(name = "ID")
    private Long id;

    /** No instance starts another run before this time. */
    @Column(name = "NEXT_RUN_AFTER")
    private LocalDateTime nextRunAfter;

    /** The instance that claimed the latest run, for the log and the status page. */
    @Column(name = "TAKEN_BY", length = 120)
    private String takenBy;

    @Column(name = "TAKEN_AT")
    private LocalDateTime takenAt;

    protected RatesFetchLock() {
        // for JPA
    }

    public LocalDateTime getNextRunAfter() {
        return nextRunAfter;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }
}
