package org.newsroom.rates.rate;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Storing and reading official rates: the transaction boundary of the rate history. */
@Stateless
public class ExchangeRates {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    public ExchangeRate record(ExchangeRate rate) {
        em.persist(rate);
        return rate;
    }

    /**
     * The newest rate of each of the two latest effective dates stored (a correction of a day wins over
     * the original), newest first; fewer when the history is shorter. Rows announced for a later day
     * count: for what readers see on a day, see {@link #latestTwo(String, LocalDate)}.
     */
    public List<ExchangeRate> latestTwo(String currency) {
        List<ExchangeRate> newestFirst = em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " order by r.effectiveDate desc, r.recordedAt desc, r.id desc", ExchangeRate.class)
                .setParameter("currency", currency)
                .setMaxResults(20)
                .getResultList();
        return newestFirst.stream()
                .filter(new LatestPerDate()::firstOfItsDate)
                .limit(2)
                .toList();
    }

    /**
     * The rate in force on {@code day} and the one before it (of each date the latest correction), newest
     * first: rows announced for a later day are not in force yet.
     */
    public List<ExchangeRate> latestTwo(String currency, LocalDate day) {
        return RatesInForce.latest(newestRows(currency, day), day, 2);
    }

    /** The rate in force on {@code day}: a row announced for a later day waits for that day. */
    public Optional<ExchangeRate> latest(String currency, LocalDate day) {
        return RatesInForce.latest(newestRows(currency, day), day, 1).stream().findFirst();
    }

    private List<ExchangeRate> newestRows(String currency, LocalDate day) {
        return em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " and r.effectiveDate <= :day"
                        + " order by r.effectiveDate desc, r.recordedAt desc, r.id desc", ExchangeRate.class)
                .setParameter("currency", currency)
                .setParameter("day", day)
                .setMaxResults(20)
                .getResultList();
    }

    /**
     * The newest row stored, whatever its effective date, also one announced for a later day: what a
     * fresh fetch is compared with.
     */
    public Optional<ExchangeRate> latest(String currency) {
        return em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " order by r.effectiveDate desc, r.recordedAt desc, r.id desc", ExchangeRate.class)
                .setParameter("currency", currency)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The rate in force on each effective date from {@code from} to {@code to} inclusive (a day's
     * latest correction), oldest first: what a chart or the history API shows.
     */
    public List<ExchangeRate> history(String currency, LocalDate from, LocalDate to) {
        List<ExchangeRate> newestFirst = em.createQuery("select r from ExchangeRate r where r.currency = :currency"
                        + " and r.effectiveDate between :from and :to"
                        + " order by r.effectiveDate desc, r.recordedAt desc, r.id desc", ExchangeRate.class)
                .setParameter("currency", currency)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        List<ExchangeRate> inForce = new ArrayList<>(newestFirst.stream()
                .filter(new LatestPerDate()::firstOfItsDate)
                .toList());
        Collections.reverse(inForce);
        return inForce;
    }

    /** When a rate was last recorded (fetched, confirmed, entered), UTC; null when there are none. */
    public java.time.LocalDateTime lastChange() {
        return em.createQuery("select max(r.recordedAt) from ExchangeRate r", java.time.LocalDateTime.class)
                .getSingleResult();
    }

    public long count() {
        return em.createQuery("select count(r) from ExchangeRate r", Long.class).getSingleResult();
    }

    /** Keeps the first row seen of each effective date, the rows arriving newest first. */
    private static final class LatestPerDate {
        private java.time.LocalDate lastDate;

        boolean firstOfItsDate(ExchangeRate rate) {
            boolean first = !rate.getEffectiveDate().equals(lastDate);
            lastDate = rate.getEffectiveDate();
            return first;
        }
    }
}
