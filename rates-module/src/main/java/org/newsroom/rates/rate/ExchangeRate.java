package org.newsroom.rates.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One official quote as the bank published it: {@code quote} units of the national currency buy
 * {@code nominal} US dollars, from {@code effectiveDate}. Rows are never updated: a correction is
 * a newer row for the same currency and date. A row an editor confirmed (after it was held) or
 * entered by hand names that editor and the reason, so the history says who put which figure there.
 */
@Entity
@Table(name = "EXCHANGE_RATE")
public class ExchangeRate implements Serializable {

    /** Enough digits that 1/12194.21 (UZS) keeps every digit the ticker or a chart could show. */
    static final MathContext USD_PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

    /** Decimals the QUOTE column keeps; a computed (cross) rate must be rounded to it before it is compared. */
    public static final int QUOTE_SCALE = 6;
    static final int CONFIRMED_BY_LENGTH = 60;
    static final int REASON_LENGTH = 500;

    @Id
    @SequenceGenerator(name = "EXCHANGE_RATE_SEQ", sequenceName = "EXCHANGE_RATE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EXCHANGE_RATE_SEQ")
    private Long id;

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

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "NOTE", length = 500)
    private String note;

    /** The editor who confirmed a held rate or entered this one by hand; null for a fetched rate. */
    @Column(name = "CONFIRMED_BY", length = CONFIRMED_BY_LENGTH)
    private String confirmedBy;

    /** Why the editor confirmed or entered it; null for a fetched rate. */
    @Column(name = "OVERRIDE_REASON", length = REASON_LENGTH)
    private String overrideReason;

    /**
     * The decimals the bank wrote ({@code 87,4120} has four), which the QUOTE column's fixed six would
     * otherwise turn into {@code 87.412000}; null for rows stored before it was kept.
     */
    @Column(name = "PUBLISHED_SCALE")
    private Integer publishedScale;

    /**
     * The bank's own figure for the previous day, from the same file (NBK's {@code <change>}, CBU's
     * {@code Diff}): the day's change is measured against it, not against whatever row happens to be
     * stored before this one (on a first fetch: months-old sample rates). Null when the file has none.
     */
    @Column(name = "PREVIOUS_QUOTE", precision = 20, scale = 6)
    private BigDecimal previousQuote;

    protected ExchangeRate() {
        // for JPA
    }

    public ExchangeRate(String currency, LocalDate effectiveDate, BigDecimal quote, int nominal,
                        String source, boolean derived, LocalDateTime recordedAt, String note) {
        if (quote == null || quote.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be positive, got " + quote + " for " + currency);
        }
        if (nominal <= 0) {
            throw new IllegalArgumentException("A nominal must be positive, got " + nominal + " for " + currency);
        }
        this.currency = currency;
        this.effectiveDate = effectiveDate;
        this.quote = quote;
        this.nominal = nominal;
        this.source = source;
        this.derived = derived;
        this.recordedAt = recordedAt;
        this.note = note;
        this.publishedScale = scaleOf(quote);
    }

    /** As the other constructor, with the bank's previous-day figure from the same file (may be null). */
    public ExchangeRate(String currency, LocalDate effectiveDate, BigDecimal quote, int nominal,
                        String source, boolean derived, LocalDateTime recordedAt, String note,
                        BigDecimal previousQuote) {
        this(currency, effectiveDate, quote, nominal, source, derived, recordedAt, note);
        this.previousQuote = previousQuote != null && previousQuote.signum() > 0 ? previousQuote : null;
    }

    /** The decimals a figure was written with, as far as the column keeps them (never below zero). */
    private static int scaleOf(BigDecimal figure) {
        return Math.max(0, Math.min(figure.scale(), QUOTE_SCALE));
    }

    /**
     * A rate typed in by an editor, e.g. when a bank's file is wrong or missing. It is a new row like
     * any correction, never a change to an existing one.
     *
     * @param source    who published the figure, e.g. "NBK" when copied from the bank's website
     * @param enteredBy the signed-in editor
     * @param reason    why, required: the history must explain every figure not fetched from a bank
     */
    public static ExchangeRate enteredByStaff(String currency, LocalDate effectiveDate, BigDecimal quote,
                                              int nominal, String source, LocalDateTime recordedAt,
                                              String enteredBy, String reason) {
        ExchangeRate rate = new ExchangeRate(currency, effectiveDate, quote, nominal, source, false, recordedAt,
                "entered by " + enteredBy + ": " + reason);
        rate.signOff(enteredBy, reason);
        return rate;
    }

    /**
     * A new, unsaved row with this row's figures that records which editor let it through and why, for a
     * fetched rate that was held for its large move.
     */
    public ExchangeRate confirmedBy(String editor, String reason) {
        ExchangeRate copy = new ExchangeRate(currency, effectiveDate, getQuote(), nominal, source, derived,
                recordedAt, note, previousQuote);
        copy.signOff(editor, reason);
        return copy;
    }

    private void signOff(String editor, String reason) {
        if (editor == null || editor.isBlank()) {
            throw new InvalidRate(RateWording.of("rate.editor.missing", currency));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRate(RateWording.of("rate.reason.missing", currency));
        }
        this.confirmedBy = fit(editor.strip(), CONFIRMED_BY_LENGTH);
        this.overrideReason = fit(reason.strip(), REASON_LENGTH);
        this.note = note == null ? null : fit(note, REASON_LENGTH);
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** What one unit of the national currency is worth in US dollars. */
    public BigDecimal usdPerUnit() {
        return BigDecimal.valueOf(nominal).divide(quote, USD_PRECISION);
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

    /** The quote with the decimals the bank (or editor) wrote: 87.4120, not the column's 87.412000. */
    public BigDecimal getQuote() {
        return published(quote, publishedScale);
    }

    /** The bank's previous-day figure from the same file, in the bank's digits; null when the file had none. */
    public BigDecimal getPreviousQuote() {
        return previousQuote == null ? null : published(previousQuote, publishedScale);
    }

    /** What one unit was worth in US dollars by the bank's previous-day figure; null when there is none. */
    public BigDecimal previousUsdPerUnit() {
        return previousQuote == null ? null : BigDecimal.valueOf(nominal).divide(previousQuote, USD_PRECISION);
    }

    /**
     * A figure read back from the six-decimal column in the digits it was written with. Only trailing
     * zeros the column added are taken off; a figure with more digits than recorded is left whole.
     */
    static BigDecimal published(BigDecimal stored, Integer scale) {
        if (scale == null || stored.scale() <= scale) {
            return stored;
        }
        try {
            return stored.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreDigitsThanRecorded) {
            return stored;
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

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getNote() {
        return note;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    /** True for a row an editor confirmed or entered rather than one stored straight from a bank's file. */
    public boolean isSetByStaff() {
        return confirmedBy != null;
    }
}
