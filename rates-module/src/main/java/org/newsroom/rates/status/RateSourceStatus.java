package org.newsroom.rates.status;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.newsroom.rates.rate.Texts;

/**
 * How each source's fetching is going, one row per source (the banks and the manat peg), for the staff
 * status page: when it was last tried, when it last answered properly, what happened, and the last
 * error in plain words, kept after a success so staff can still see what went wrong and when.
 * Times are UTC.
 */
@Entity
@Table(name = "RATE_SOURCE_STATUS")
public class RateSourceStatus implements Serializable {

    public static final int MESSAGE_LENGTH = 1000;

    @Id
    @Column(name = "SOURCE", length = 10)
    private String source;

    @Column(name = "LAST_ATTEMPT_AT")
    private LocalDateTime lastAttemptAt;

    /** The last time the source answered properly (anything but FAILED). */
    @Column(name = "LAST_SUCCESS_AT")
    private LocalDateTime lastSuccessAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "LAST_OUTCOME", length = 10)
    private FetchOutcome lastOutcome;

    @Column(name = "LAST_MESSAGE", length = MESSAGE_LENGTH)
    private String lastMessage;

    @Column(name = "LAST_ERROR", length = MESSAGE_LENGTH)
    private String lastError;

    @Column(name = "LAST_ERROR_AT")
    private LocalDateTime lastErrorAt;

    @Column(name = "CONSECUTIVE_FAILURES", nullable = false)
    private int consecutiveFailures;

    protected RateSourceStatus() {
        // for JPA
    }

    /** For a source the migration did not create a row for. */
    public RateSourceStatus(String source) {
        this.source = source;
    }

    /** Records one attempt's outcome. */
    public void record(FetchOutcome outcome, String message, LocalDateTime at) {
        lastAttemptAt = at;
        lastOutcome = outcome;
        lastMessage = Texts.fit(message, MESSAGE_LENGTH);
        if (outcome.bankAnswered()) {
            lastSuccessAt = at;
            consecutiveFailures = 0;
        } else {
            lastError = lastMessage;
            lastErrorAt = at;
            consecutiveFailures++;
        }
    }

    public String getSource() {
        return source;
    }

    public LocalDateTime getLastAttemptAt() {
        return lastAttemptAt;
    }

    public LocalDateTime getLastSuccessAt() {
        return lastSuccessAt;
    }

    public FetchOutcome getLastOutcome() {
        return lastOutcome;
    }

    public String getLastMessage() {
        return lastMessage;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getLastErrorAt() {
        return lastErrorAt;
    }

    public int getConsecutiveFailures() {
        return consecutiveFailures;
    }
}
