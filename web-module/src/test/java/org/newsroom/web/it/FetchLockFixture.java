package org.newsroom.web.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.newsroom.rates.fetch.lock.RatesFetchLock;

/**
 * Test-only: reads the shared RATES_FETCH_LOCK row and puts it back, so a test that claims slots leaves
 * the running application's own timers the lock as it found it.
 */
@Stateless
@PermitAll
public class FetchLockFixture {

    /** The row's columns. */
    public record Row(LocalDateTime nextRunAfter, String takenBy, LocalDateTime takenAt) implements Serializable {
    }

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    public Row read() {
        RatesFetchLock lock = em.find(RatesFetchLock.class, RatesFetchLock.SINGLETON_ID);
        return new Row(lock.getNextRunAfter(), lock.getTakenBy(), lock.getTakenAt());
    }

    public void restore(Row row) {
        em.createQuery("update RatesFetchLock l set l.nextRunAfter = :next, l.takenBy = :by, l.takenAt = :at"
                        + " where l.id = :id")
                .setParameter("next", row.nextRunAfter())
                .setParameter("by", row.takenBy())
                .setParameter("at", row.takenAt())
                .setParameter("id", RatesFetchLock.SINGLETON_ID)
                .executeUpdate();
    }
}
