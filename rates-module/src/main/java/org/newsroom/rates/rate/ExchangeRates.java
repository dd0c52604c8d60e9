package org.newsroom.rates.rate;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
     * The newest rate of each of the two latest effective dates (a correction of a day wins over
     * the original), newest first; fewer when the history is shorter.
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
