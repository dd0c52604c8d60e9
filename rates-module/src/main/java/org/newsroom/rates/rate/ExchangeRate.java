package org.newsroom.rates.rate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalDate;

/**
 * One official quote as the bank published it: {@code quote} units of the national currency buy
 * {@code nominal} US dollars, from {@code effectiveDate}. Rows are never updated: a correction is
 * a newer row for the same currency and date.
 */
@Entity
@Table(name = "EXCHANGE_RATE")
public class ExchangeRate {

    /** Enough digits that 1/12194.21 (UZS) keeps every digit the ticker or a chart could show. */
    static final MathContext USD_PRECISION = new MathContext(16, RoundingMode.HALF_EVEN);

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

    public BigDecimal getQuote() {
        return quote;
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
}
