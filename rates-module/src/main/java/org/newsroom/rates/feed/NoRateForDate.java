package org.newsroom.rates.feed;

import java.time.LocalDate;

/**
 * The bank answered properly that it has published no rate for the day asked (NBK's
 * {@code <info>…нет.</info>}). This is news, not a fault: the last stored rate simply stays in force.
 *
 * <p>Deliberately <em>not</em> a {@link FeedException}: a caller that only catches {@code FeedException}
 * would otherwise report a quiet day as a broken feed. Being a separate checked exception, the compiler
 * makes every caller decide what "no rate published" means for it.
 */
public class NoRateForDate extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final LocalDate date;
    private final String banksWords;

    public NoRateForDate(String source, LocalDate date, String banksWords) {
        super(source + " has published no rates for " + date
                + (banksWords == null || banksWords.isBlank() ? "" : " (it answered: \"" + banksWords.strip() + "\")"));
        this.source = source;
        this.date = date;
        this.banksWords = banksWords;
    }

    /** The bank, e.g. "NBK". */
    public String source() {
        return source;
    }

    /** The day that was asked for. */
    public LocalDate date() {
        return date;
    }

    /** What the bank said, as it said it (may be null). */
    public String banksWords() {
        return banksWords;
    }
}
