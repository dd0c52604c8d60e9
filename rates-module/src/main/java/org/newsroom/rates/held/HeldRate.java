package org.newsroom.rates.held;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.InvalidRate;
import org.newsroom.rates.rate.RateWording;
import org.newsroom.rates.rate.Texts;

/**
 * A fetched quote kept off the ticker because it moved more than allowed since the rate in force, until
 * an editor confirms it (it is then stored as a rate naming them) or rejects it. The row itself is kept
 * either way, as the record of what the bank published and what was decided. Times are UTC.
 */
@Entity
@Table(name = "HELD_RATE")
public class HeldRate implements Serializable {

    static final int PROVENANCE_LENGTH = 500;
    static final int REASON_LENGTH = 1000;
    static final int NOTE_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "HELD_RATE_SEQ", sequenceName = "HELD_RATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "HELD_RATE_SEQ")
    private Long id;

    /** Two editors deciding at once: the second gets an optimistic-lock failure, not a double entry. */
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CURRENCY", nullable = false, length = 3)
    private String currency;

    @Column(name = "EFFECTIVE_DATE", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "QUOTE", nullable = false, precision = 20, scale = 6)
    private BigDecimal quote;

    @Column(name = "NOMINAL", nullable = false)
    private int nominal;

    @Column(name = "SOURCE", nullable = false, length = 60)
    private String source;

    @Column(name = "DERIVED", nullable = false)
    private boolean derived;

    @Column(name = "PROVENANCE", nullable = false, length = PROVENANCE_LENGTH)
    private String provenance;

    @Column(name = "HELD_REASON", nullable = false, length = REASON_LENGTH)
    private String heldReason;

    @Column(name = "FETCHED_AT", nullable = false)
    private LocalDateTime fetchedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private HeldRateStatus status;

    @Column(name = "DECIDED_BY", length = 60)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private LocalDateTime decidedAt;

    @Column(name = "DECISION_NOTE", length = NOTE_LENGTH)
    private String decisionNote;

    /** The decimals the bank wrote, which the six-decimal column would lose (see ExchangeRate). */
    @Column(name = "PUBLISHED_SCALE")
    private Integer publishedScale;

    /** The bank's previous-day figure from the same file, carried into the rate a confirmation stores. */
    @Column(name = "PREVIOUS_QUOTE", precision = 20, scale = 6)
    private BigDecimal previousQuote;

    /**
     * The rate row a confirmation created. A relationship rather than a bare id so that EclipseLink inserts
     * that row before it updates this one, as the foreign key requires.
     */
    @OneToOne
    @JoinColumn(name = "EXCHANGE_RATE_ID")
    private ExchangeRate storedRate;

    protected HeldRate() {
        // for JPA
    }

    public HeldRate(OfficialQuote quote, String heldReason, LocalDateTime fetchedAt) {
        this.currency = quote.currency();
        this.effectiveDate = quote.effectiveDate();
        this.quote = quote.quote();
        this.nominal = quote.nominal();
        this.source = quote.source();
        this.derived = quote.derived();
        this.provenance = Texts.fit(quote.provenance(), PROVENANCE_LENGTH);
        this.heldReason = Texts.fit(heldReason, REASON_LENGTH);
        this.fetchedAt = fetchedAt;
        this.status = HeldRateStatus.PENDING;
        this.publishedScale = Math.max(0, Math.min(quote.quote().scale(), ExchangeRate.QUOTE_SCALE));
        this.previousQuote = quote.previousQuote();
    }

    /** The held figures as a quote, e.g. to compare with a fresh fetch. */
    public OfficialQuote toQuote() {
        return new OfficialQuote(currency, effectiveDate, getQuote(), nominal, source, derived, provenance,
                previousQuote);
    }

    /** Whether {@code other} is the same published figure: same currency, day, bank and value. */
    public boolean sameFigureAs(OfficialQuote other) {
        return currency.equals(other.currency()) && effectiveDate.equals(other.effectiveDate())
                && source.equals(other.source()) && nominal == other.nominal() && quote.compareTo(other.quote()) == 0;
    }

    /**
     * Lets the quote through.
     *
     * @param note optional; without one the stored row gives the reason it was held
     * @return the new rate row, to persist in the same transaction
     */
    public ExchangeRate confirm(String editor, String note, LocalDateTime at) {
        decide(HeldRateStatus.CONFIRMED, editor, note, at);
        String reason = note == null || note.isBlank() ? "confirmed after being held: " + heldReason : note.strip();
        storedRate = new ExchangeRate(currency, effectiveDate, getQuote(), nominal, source, derived, at, provenance,
                previousQuote).confirmedBy(editor, reason);
        return storedRate;
    }

    /** Turns the quote down; it is never stored. */
    public void reject(String editor, String note, LocalDateTime at) {
        decide(HeldRateStatus.REJECTED, editor, note, at);
    }

    private void decide(HeldRateStatus decision, String editor, String note, LocalDateTime at) {
        if (status != HeldRateStatus.PENDING) {
            throw new DecidedAlready(RateWording.of("held.decided", currency, String.valueOf(effectiveDate),
                    RateWording.of("held.status." + status.name()),
                    decidedBy, String.valueOf(decidedAt)));
        }
        if (editor == null || editor.isBlank()) {
            throw new InvalidRate(RateWording.of("held.editor.missing"));
        }
        status = decision;
        decidedBy = Texts.fit(editor.strip(), 60);
        decidedAt = at;
        decisionNote = note == null || note.isBlank() ? null : Texts.fit(note.strip(), NOTE_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    /** In the bank's digits: 87.4120, not the column's 87.412000. */
    public BigDecimal getQuote() {
        if (publishedScale == null || quote.scale() <= publishedScale) {
            return quote;
        }
        try {
            return quote.setScale(publishedScale, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDigitsThanRecorded) {
            return quote;
        }
    }

    public int getNominal() {
        return nominal;
    }

    public String getSource() {
        return source;
    }

    public boolean isDerived() {
        return derived;
    }

    public String getProvenance() {
        return provenance;
    }

    public String getHeldReason() {
        return heldReason;
    }

    public LocalDateTime getFetchedAt() {
        return fetchedAt;
    }

    public HeldRateStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    /** The rate a confirmation stored; null unless confirmed. */
    public ExchangeRate getStoredRate() {
        return storedRate;
    }
}
