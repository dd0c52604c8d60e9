package org.newsroom.web.rates.facade;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;
import org.newsroom.rates.desk.HeldRates;
import org.newsroom.rates.desk.ManualRate;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.RateWording;
import org.newsroom.rates.status.RateSourceStatus;

/**
 * The rates desk's use cases, written once for the staff page ({@code web.rates.desk}) and the staff
 * API ({@code web.rates.api}): fetch now, confirm or reject a held rate, enter one by hand, each
 * decision written to the newsroom's audit log in the same words whichever interface made it. The
 * rates module cannot know the news module's log, so the web module, which knows both, writes the
 * entry after the rates desk has acted.
 */
@ApplicationScoped
public class RateDeskFacade {

    public static final String OVERRIDE = "RATE_ENTERED";
    public static final String CONFIRMED = "RATE_CONFIRMED";
    public static final String REJECTED = "RATE_REJECTED";

    @Inject
    private HeldRates desk;

    @Inject
    private AuditLog audit;

    @Inject
    private SecurityContext security;

    public List<RateSourceStatus> statuses() {
        return desk.statuses();
    }

    public List<HeldRate> pending() {
        return desk.pending();
    }

    public FetchReport fetchNow() {
        return desk.fetchNow();
    }

    public ExchangeRate confirm(long heldId, String note) {
        ExchangeRate stored = desk.confirm(heldId, note);
        record(CONFIRMED, stored.getCurrency(), stored.getQuote().toPlainString() + " for " + stored.getEffectiveDate()
                + (note == null || note.isBlank() ? "" : ": " + note));
        return stored;
    }

    public HeldRate reject(long heldId, String note) {
        HeldRate rejected = desk.reject(heldId, note);
        record(REJECTED, rejected.getCurrency(), rejected.getQuote().toPlainString() + " for "
                + rejected.getEffectiveDate() + (note == null || note.isBlank() ? "" : ": " + note));
        return rejected;
    }

    /** A rate typed by a member of staff; what the rates module finds wrong with it is an invalid request. */
    public ExchangeRate enterManually(String currency, LocalDate effectiveDate, BigDecimal quote, Integer nominal,
                                      String source, String reason) {
        ManualRate entry = invalidIfRefused(() -> new ManualRate(currency, effectiveDate, quote,
                nominal == null ? 1 : nominal, source, reason));
        ExchangeRate stored = invalidIfRefused(() -> desk.enterManually(entry));
        record(OVERRIDE, stored.getCurrency(), stored.getQuote().toPlainString() + " per " + stored.getNominal()
                + " USD for " + stored.getEffectiveDate() + ": " + entry.reason());
        return stored;
    }

    private static <T> T invalidIfRefused(Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException invalid) {
            throw Refusal.invalid(worded(invalid));
        } catch (EJBException failed) {
            if (failed.getCausedByException() instanceof IllegalArgumentException invalid) {
                throw Refusal.invalid(worded(invalid));
            }
            throw failed;
        }
    }

    /** The rates module's words for what it refused, in both staff languages. */
    private static Wording worded(IllegalArgumentException invalid) {
        RateWording wording = RateWording.of(invalid);
        return Wording.translated(wording.english(), wording.in(Locale.forLanguageTag("ru")));
    }

    private void record(String action, String currency, String detail) {
        String actor = security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
        audit.record(actor, action, "rate " + currency, detail);
    }
}
