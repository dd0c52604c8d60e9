package org.newsroom.rates.fetch;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;

/**
 * The database side of a fetch run. Each method is a transaction of its own (the caller,
 * {@link RateFetcher}, runs outside one), so a bank's rate is committed as soon as it is settled and
 * a failure while saving one bank's rate leaves the others in place.
 */
@Stateless
@LocalBean
public class RateStore implements RateBook {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Inject
    private ExchangeRates rates;

    @Override
    public Optional<OfficialQuote> lastStored(String currency) {
        return rates.latest(currency).map(OfficialQuote::fromStored);
    }

    @Override
    public Optional<OfficialQuote> inForceOn(String currency, LocalDate day) {
        return rates.latest(currency, day).map(OfficialQuote::fromStored);
    }

    @Override
    public void store(OfficialQuote quote, LocalDateTime fetchedAt) {
        rates.record(quote.toExchangeRate(fetchedAt));
    }

    @Override
    public boolean hold(OfficialQuote quote, String reason, LocalDateTime fetchedAt) {
        boolean heldBefore = em.createQuery("select h from HeldRate h where h.currency = :currency"
                        + " and h.effectiveDate = :date and h.source = :source", HeldRate.class)
                .setParameter("currency", quote.currency())
                .setParameter("date", quote.effectiveDate())
                .setParameter("source", quote.source())
                .getResultStream()
                .anyMatch(held -> held.sameFigureAs(quote));
        if (heldBefore) {
            return false;
        }
        em.persist(new HeldRate(quote, reason, fetchedAt));
        return true;
    }

    @Override
    public void recordStatus(String source, FetchOutcome outcome, String message, LocalDateTime at) {
        RateSourceStatus status = em.find(RateSourceStatus.class, source);
        if (status == null) {
            status = new RateSourceStatus(source);
            em.persist(status);
        }
        status.record(outcome, message, at);
    }

    /** The effective date of the rate in force per currency; a currency without any rate is left out. */
    public Map<String, LocalDate> latestDates(Collection<String> currencies) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (String currency : currencies) {
            rates.latest(currency).map(ExchangeRate::getEffectiveDate).ifPresent(date -> dates.put(currency, date));
        }
        return dates;
    }
}
