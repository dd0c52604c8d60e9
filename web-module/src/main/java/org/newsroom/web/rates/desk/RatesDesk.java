package org.newsroom.web.rates.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.rates.desk.RateDecisionException;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.settings.TickerCurrencies;
import org.newsroom.rates.status.FetchOutcome;
import org.newsroom.rates.status.RateSourceStatus;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;
import org.newsroom.rates.ticker.UsdFigures;
import org.newsroom.web.faces.RefusalsShown;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.rates.facade.RateDeskFacade;
import org.newsroom.web.rates.site.ProvenanceWords;

/** /newsroom/rates: the state of every currency and source, held rates, manual entry and history. */
@Named
@ViewScoped
public class RatesDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Ticker ticker;

    @Inject
    private ExchangeRates rates;

    @Inject
    private RateDeskFacade desk;

    private List<RateBoardRow> board;
    private List<RateSourceStatus> statuses;
    private List<HeldRate> pending;
    private final Map<Long, String> notes = new HashMap<>();

    private String chartCurrency;
    private int chartDays = 90;
    private String chartJson;

    private final ManualEntry manual = new ManualEntry();

    @PostConstruct
    void load() {
        refresh();
        if (chartCurrency == null && !board.isEmpty()) {
            chartCurrency = board.get(0).currency();
        }
        drawChart();
    }

    private void refresh() {
        board = ticker.items().stream().map(this::row).toList();
        statuses = desk.statuses();
        pending = desk.pending();
    }

    private RateBoardRow row(TickerItem item) {
        List<ExchangeRate> lastTwo = rates.latestTwo(item.currency(), ticker.today());
        String previous = lastTwo.size() < 2 ? "" : UsdFigures.value(lastTwo.get(1).usdPerUnit());
        return new RateBoardRow(item.currency(), item.value(), previous, item.change(), item.source(),
                item.effectiveDate(), item.derived(), item.stale(), ProvenanceWords.in(item.provenance(), StaffTexts.current()));
    }

    public void drawChart() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        chartJson = chartCurrency == null ? null
                : RateChart.json(chartCurrency, rates.history(chartCurrency, today.minusDays(chartDays), today));
    }

    public void fetchNow() {
        FetchReport report = desk.fetchNow();
        report.sources().forEach(source -> message(source.outcome().bankAnswered()
                        ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                source.source() + ": " + outcome(source.outcome())
                        + (source.message() == null ? "" : " — " + source.message())));
        refresh();
        drawChart();
    }

    public void confirm(HeldRate held) {
        decide(() -> desk.confirm(held.getId(), notes.get(held.getId())),
                StaffTexts.text("desk.rates.confirmed", held.getCurrency(), held.getQuote().toPlainString()));
    }

    public void reject(HeldRate held) {
        decide(() -> desk.reject(held.getId(), notes.get(held.getId())),
                StaffTexts.text("desk.rates.rejected", held.getCurrency(), held.getQuote().toPlainString()));
    }

    public void enterManually() {
        try {
            desk.enterManually(manual.getCurrency(), manual.getEffectiveDate(), manual.getQuote(), manual.getNominal(),
                    manual.getSource(), manual.getReason());
            message(FacesMessage.SEVERITY_INFO, StaffTexts.text("desk.rates.entered", manual.getCurrency()));
            manual.clear();
            refresh();
            drawChart();
        } catch (Refusal | RateDecisionException refused) {
            // Next to the form rather than on top, so it is read beside what was typed (which stays).
            FacesContext.getCurrentInstance().addMessage("manual",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalsShown.said(refused), RefusalsShown.said(refused)));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private void decide(Runnable decision, String done) {
        try {
            decision.run();
            message(FacesMessage.SEVERITY_INFO, done);
        } catch (RateDecisionException refused) {
            message(FacesMessage.SEVERITY_WARN, RefusalsShown.said(refused));
        }
        refresh();
        drawChart();
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Stored times are UTC; staff read them in the newsroom's time zone, in their own language. */
    public String local(LocalDateTime utc) {
        return StaffTexts.current().dateAndTime(utc, OutletTime.zone());
    }

    /** "OK", "No new rate"… / "Получен", "Нового курса нет"…; nothing before the first fetch. */
    public String outcome(FetchOutcome outcome) {
        return outcome == null ? "" : StaffTexts.text("desk.rates.outcome." + outcome.name());
    }

    /** "478.77 per 1 USD (NBK)". The figure stays as the bank wrote it, as on the ticker. */
    public String heldRate(HeldRate held) {
        return StaffTexts.text("desk.rates.held.rate", held.getQuote().toPlainString(), held.getNominal(), held.getSource());
    }

    /**
     * A source's last error with when it happened, and whether the source has answered since, so an old
     * error does not read as a current one.
     */
    public String lastError(RateSourceStatus status) {
        if (status.getLastError() == null) {
            return "";
        }
        LocalDateTime at = status.getLastErrorAt();
        boolean answeredSince = at != null && status.getLastSuccessAt() != null && status.getLastSuccessAt().isAfter(at);
        return (at == null ? "" : local(at) + (answeredSince ? " " + StaffTexts.text("desk.rates.answeredSince") : "") + ": ")
                + status.getLastError();
    }

    /** Every configured ticker currency, also one that has no rate yet (RUB, EUR, CNY when added). */
    public List<String> getCurrencies() {
        return TickerCurrencies.configured();
    }

    public List<RateBoardRow> getBoard() {
        return board;
    }

    public List<RateSourceStatus> getStatuses() {
        return statuses;
    }

    public List<HeldRate> getPending() {
        return pending;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getChartCurrency() {
        return chartCurrency;
    }

    public void setChartCurrency(String chartCurrency) {
        this.chartCurrency = chartCurrency;
    }

    public int getChartDays() {
        return chartDays;
    }

    public void setChartDays(int chartDays) {
        this.chartDays = chartDays;
    }

    public String getChartJson() {
        return chartJson;
    }

    public ManualEntry getManual() {
        return manual;
    }

    /** The manual-entry form's fields, kept as typed until the entry is accepted. */
    public static class ManualEntry implements Serializable {
        private static final long serialVersionUID = 1L;
        private String currency;
        private LocalDate effectiveDate;
        private BigDecimal quote;
        private Integer nominal = 1;
        private String source;
        private String reason;

        void clear() {
            effectiveDate = null;
            quote = null;
            nominal = 1;
            source = null;
            reason = null;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public LocalDate getEffectiveDate() {
            return effectiveDate;
        }

        public void setEffectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
        }

        public BigDecimal getQuote() {
            return quote;
        }

        public void setQuote(BigDecimal quote) {
            this.quote = quote;
        }

        public Integer getNominal() {
            return nominal;
        }

        public void setNominal(Integer nominal) {
            this.nominal = nominal;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
