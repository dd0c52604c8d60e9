package org.newsroom.web.rates.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import org.newsroom.news.edition.Edition;
import org.newsroom.rates.desk.ManualRate;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.settings.RateSource;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;
import org.newsroom.rates.ticker.UsdFigures;
import org.newsroom.web.cluster.SurrogateKeys;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.editions.ReaderEdition;

/**
 * /rates: the ticker's currencies with value, change, source and effective date, a history chart of one
 * currency over 30, 90 or 365 days, and a converter between them and the dollar. Everything comes in the
 * query string (a plain GET form and links), so the page is a stateless reader page the page cache keeps
 * per address, and works without script.
 */
@Named
@RequestScoped
public class RatesPage {

    static final List<Integer> PERIODS = List.of(30, 90, 365);
    static final int DEFAULT_DAYS = 90;
    static final String DEFAULT_AMOUNT = "100";

    @Inject
    private Ticker ticker;

    @Inject
    private ExchangeRates rates;

    @Inject
    private ReaderEdition edition;

    // Query parameters, as typed.
    private String chart;
    private String days;
    private String amount;
    private String from;
    private String to;

    private List<RateRow> rows;
    private Map<String, Conversion.Rate> converterRates;
    private String chartCurrency;
    private int chartDays;
    private String chartSvg;
    private String amountError;
    private String result;
    private String rateLine;

    /** One currency's line of the table. */
    public record RateRow(String currency, String name, String pair, String value, String quote, String change,
                          String arrow, String spokenDirection, String source, boolean derived, LocalDate effectiveDate,
                          boolean stale, String provenance, String announced) {
    }

    public void load() {
        SurrogateKeys.page(SurrogateKeys.TICKER);  // the page shows the rates, as the ticker does
        LocalDate today = ticker.today();
        rows = new ArrayList<>();
        converterRates = new LinkedHashMap<>();
        converterRates.put("USD", Conversion.Rate.USD);
        for (TickerItem item : ticker.items()) {
            Optional<ExchangeRate> inForce = ticker.inForce(item.currency());
            if (inForce.isEmpty()) {
                continue;
            }
            ExchangeRate rate = inForce.get();
            converterRates.put(item.currency(), new Conversion.Rate(item.currency(), rate.getQuote(), rate.getNominal()));
            rows.add(new RateRow(item.currency(), name(item.currency()), item.pair(), item.value(),
                    texts().format("rates.per", rate.getQuote().toPlainString(), item.currency(), String.valueOf(rate.getNominal())),
                    item.change(), item.arrow(), item.spokenDirection(), sourceName(item.source()),
                    item.derived(), item.effectiveDate(), item.stale(), ProvenanceWords.in(item.provenance(), texts()),
                    announced(item.currency(), today)));
        }
        chartCurrency = rows.stream().map(RateRow::currency).filter(code -> code.equalsIgnoreCase(chart)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0).currency());
        chartDays = PERIODS.stream().filter(period -> String.valueOf(period).equals(days)).findFirst().orElse(DEFAULT_DAYS);
        if (chartCurrency != null) {
            LocalDate first = today.minusDays(chartDays);
            // The rate already in force when the period begins draws its first stretch: a rate set months
            // ago (the manat's peg, a bank that stopped publishing) is still the rate of every day since.
            List<HistoryChart.Point> points = new ArrayList<>();
            rates.latest(chartCurrency, first).filter(rate -> rate.getEffectiveDate().isBefore(first))
                    .ifPresent(rate -> points.add(new HistoryChart.Point(rate.getEffectiveDate(), rate.usdPerUnit())));
            rates.history(chartCurrency, first, today)
                    .forEach(rate -> points.add(new HistoryChart.Point(rate.getEffectiveDate(), rate.usdPerUnit())));
            chartSvg = HistoryChart.svg(chartCurrency, points, first, today, UsdFigures::value, texts());
        }
        convert();
    }

    /** A rate stored for a later day (a bank publishes a day ahead): "87.4120 KGS per 1 USD from 2026-12-02". */
    private String announced(String currency, LocalDate today) {
        return rates.latest(currency)
                .filter(rate -> rate.getEffectiveDate().isAfter(today))
                .map(rate -> texts().format("rates.announcedFrom", rate.getQuote().toPlainString(), currency,
                        String.valueOf(rate.getNominal()), effective(rate.getEffectiveDate())))
                .orElse(null);
    }

    private void convert() {
        if (amount == null) {
            amount = DEFAULT_AMOUNT;
        }
        from = known(from, "USD");
        to = known(to, rows.isEmpty() ? "USD" : rows.get(0).currency());
        Optional<BigDecimal> value = Conversion.parseAmount(amount);
        if (value.isEmpty()) {
            amountError = texts().text("rates.amountHelp");
            return;
        }
        Conversion.Rate source = converterRates.get(from);
        Conversion.Rate target = converterRates.get(to);
        result = Conversion.display(value.get()) + " " + from + " = " + Conversion.display(
                Conversion.convert(value.get(), source, target)) + " " + to;
        rateLine = "1 " + from + " = " + Conversion.displayRate(Conversion.convert(BigDecimal.ONE, source, target))
                + " " + to;
    }

    private String known(String code, String fallback) {
        String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return converterRates.containsKey(upper) ? upper : fallback;
    }

    /** The day a rate took effect: as the bank's files write it on the English page, in words on the others. */
    public String effective(LocalDate day) {
        return edition.getEdition() == Edition.EN ? day.toString() : edition.day(day);
    }

    /** The bank in the edition's language ("Национальный банк Казахстана"); a source staff typed, as typed. */
    private String sourceName(String source) {
        String key = ManualRate.DEFAULT_SOURCE.equals(source) ? "rates.bank.manual" : "rates.bank." + source;
        try {
            return texts().text(key);
        } catch (MissingResourceException notABank) {
            return RateSource.bankNameOf(source);
        }
    }

    private EditionTexts texts() {
        return edition.getTexts();
    }

    private String name(String code) {
        try {
            return Currency.getInstance(code).getDisplayName(edition.getLocale());
        } catch (IllegalArgumentException notIso) {
            return code;
        }
    }

    /** The page for another chart, keeping what the converter was asked. */
    public String chartLink(String currency, int period) {
        return "?chart=" + currency + "&days=" + period + "&amount=" + URLEncoder.encode(amount, StandardCharsets.UTF_8)
                + "&from=" + from + "&to=" + to + "#history";
    }

    public List<RateRow> getRows() {
        return rows;
    }

    public List<String> getConverterCurrencies() {
        return List.copyOf(converterRates.keySet());
    }

    public String currencyName(String code) {
        return name(code);
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getChartCurrency() {
        return chartCurrency;
    }

    public int getChartDays() {
        return chartDays;
    }

    /** "KZT/USD, the last 90 days". */
    public String getChartCaption() {
        return texts().format("rates.chartCaption", chartCurrency, chartDays);
    }

    public String getChartSvg() {
        return chartSvg;
    }

    public String getAmountError() {
        return amountError;
    }

    public String getResult() {
        return result;
    }

    public String getRateLine() {
        return rateLine;
    }

    public String getChart() {
        return chart;
    }

    public void setChart(String chart) {
        this.chart = chart;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
