package org.newsroom.rates.desk;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.fetch.RateFetcher;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.held.HeldRateStatus;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.rate.RateWording;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.status.RateSourceStatus;

/**
 * What editors do with rates: decide on held rates, enter a rate by hand, see how each source is doing.
 * Every change adds rows (a confirmed or entered rate is a new ExchangeRate naming the editor and the
 * reason); nothing already stored is changed. Role names as in the news module's Role, which this
 * module does not depend on.
 */
@Stateless
@RolesAllowed({"EDITOR", "ADMIN"})
public class HeldRates {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ExchangeRates rates;

    @EJB
    private RateFetcher fetcher;

    /** Held rates waiting for a decision, oldest first. */
    public List<HeldRate> pending() {
        return em.createQuery("select h from HeldRate h where h.status = :pending"
                        + " order by h.fetchedAt, h.id", HeldRate.class)
                .setParameter("pending", HeldRateStatus.PENDING)
                .getResultList();
    }

    /** The latest decisions, newest first, for the record. */
    public List<HeldRate> decided(int max) {
        return em.createQuery("select h from HeldRate h where h.status <> :pending"
                        + " order by h.decidedAt desc, h.id desc", HeldRate.class)
                .setParameter("pending", HeldRateStatus.PENDING)
                .setMaxResults(max)
                .getResultList();
    }

    /** Each source's last fetch, in a stable order. */
    public List<RateSourceStatus> statuses() {
        return em.createQuery("select s from RateSourceStatus s order by s.source", RateSourceStatus.class)
                .getResultList();
    }

    /**
     * Stores the held quote as a rate naming the signed-in editor.
     *
     * @param note optional; why the move is right (e.g. "devaluation announced by the bank")
     */
    public ExchangeRate confirm(long heldId, String note) {
        HeldRate held = find(heldId);
        try {
            return rates.record(held.confirm(editor(), note, now()));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new RateDecisionException(RateWording.of(e));
        }
    }

    /** Turns the held quote down; the ticker keeps the rate in force. */
    public HeldRate reject(long heldId, String note) {
        HeldRate held = find(heldId);
        try {
            held.reject(editor(), note, now());
            return held;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new RateDecisionException(RateWording.of(e));
        }
    }

    /**
     * Adds a rate typed in by the signed-in editor, e.g. to correct a bank's mistake or set a new manat
     * peg. It goes on the ticker at once if it is the newest; earlier rows stay as they were.
     */
    public ExchangeRate enterManually(ManualRate entry) {
        LocalDate today = LocalDate.now(RateSourceSettings.timeZone(SettingsSource.environment()));
        if (entry.effectiveDate().isAfter(today)) {
            throw new RateDecisionException(RateWording.of("manual.date.future", String.valueOf(entry.effectiveDate())));
        }
        try {
            return rates.record(ExchangeRate.enteredByStaff(entry.currency(), entry.effectiveDate(), entry.quote(),
                    entry.nominal(), entry.source(), now(), editor(), entry.reason()));
        } catch (IllegalArgumentException e) {
            throw new RateDecisionException(RateWording.of(e));
        }
    }

    /**
     * Fetches every bank now, outside the schedule and without the cluster guard (a second run in the same
     * half hour only finds its rates already stored). Takes as long as the banks do: up to a minute.
     */
    public FetchReport fetchNow() {
        return fetcher.fetchAll(fetcher.today());
    }

    private HeldRate find(long heldId) {
        HeldRate held = em.find(HeldRate.class, heldId);
        if (held == null) {
            throw new RateDecisionException(RateWording.of("held.missing", String.valueOf(heldId)));
        }
        return held;
    }

    private String editor() {
        return session.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Clock.systemUTC());
    }
}
