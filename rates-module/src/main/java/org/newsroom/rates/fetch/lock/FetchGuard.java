package org.newsroom.rates.fetch.lock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import org.newsroom.rates.rate.Texts;

/**
 * Makes one instance of a cluster fetch per slot. Every instance's timer fires; each tries one
 * conditional UPDATE of the single RATES_FETCH_LOCK row ("claim it if nobody has since the window
 * opened"). The database lets exactly one such update change the row: a concurrent one waits for the
 * row lock and then finds the condition false. No lock is held while the banks are fetched.
 */
@Stateless
public class FetchGuard {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /**
     * Committed at once, before any fetching, so the other instances see the claim.
     *
     * @param instance who claims, for the record
     * @param now      UTC
     * @param window   how long no other run may start
     * @return true when this instance won the slot and should fetch
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String instance, LocalDateTime now, Duration window) {
        int claimed = em.createQuery("update RatesFetchLock l set l.nextRunAfter = :until, l.takenBy = :instance,"
                        + " l.takenAt = :now where l.id = :id and (l.nextRunAfter is null or l.nextRunAfter <= :now)")
                .setParameter("until", now.plus(window))
                .setParameter("instance", Texts.fit(instance, 120))
                .setParameter("now", now)
                .setParameter("id", RatesFetchLock.SINGLETON_ID)
                .executeUpdate();
        if (claimed == 0 && em.find(RatesFetchLock.class, RatesFetchLock.SINGLETON_ID) == null) {
            throw new IllegalStateException("RATES_FETCH_LOCK row missing: the schema migration did not run");
        }
        return claimed == 1;
    }
}
