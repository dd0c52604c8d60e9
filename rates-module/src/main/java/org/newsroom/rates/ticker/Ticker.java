package org.newsroom.rates.ticker;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.newsroom.rates.feed.BusinessDays;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.settings.RateSourceSettings;
import org.newsroom.rates.settings.SettingsSource;
import org.newsroom.rates.settings.TickerCurrencies;

/**
 * The ticker bar's content: each configured currency with its latest value and daily change, marked
 * stale when the bank has not given a new rate for longer than NEWSROOM_RATES_STALE_BUSINESS_DAYS.
 */
@Stateless
public class Ticker {

    /** The manat's rate is a peg set years ago: its age says nothing about whether it is current. */
    static final String PEGGED_CURRENCY = "TMT";

    @Inject
    private ExchangeRates rates;

    private int staleBusinessDays = BusinessDays.DEFAULT_MAX_AGE;
    private ZoneId zone = RateSourceSettings.DEFAULT_ZONE;

    /** Checked at start-up with every other setting (the web module's SettingsAtStart), so no fallback here. */
    @PostConstruct
    void readSettings() {
        SettingsSource environment = SettingsSource.environment();
        staleBusinessDays = RateSourceSettings.staleBusinessDays(environment);
        zone = RateSourceSettings.timeZone(environment);
    }

    public List<TickerItem> items() {
        LocalDate today = LocalDate.now(zone);
        return TickerCurrencies.configured().stream()
                .map(currency -> item(currency, rates.latestTwo(currency, today), today, staleBusinessDays))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The row behind a currency's ticker figure today; a rate announced for tomorrow is not it yet. */
    public java.util.Optional<ExchangeRate> inForce(String currency) {
        return rates.latest(currency, today());
    }

    /** Today in the banks' time zone (NEWSROOM_RATES_TIME_ZONE): the day whose rates are in force. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /**
     * @param latest the newest rate of each of the two latest effective dates, newest first
     * @return null when the currency has no rate yet
     */
    static TickerItem item(String currency, List<ExchangeRate> latest, LocalDate today, int staleBusinessDays) {
        if (latest.isEmpty()) {
            return null;
        }
        ExchangeRate current = latest.get(0);
        BigDecimal usd = current.usdPerUnit();
        BigDecimal percent = changePercent(current, latest.size() < 2 ? null : latest.get(1));
        boolean stale = !PEGGED_CURRENCY.equals(currency)
                && BusinessDays.isStale(current.getEffectiveDate(), today, staleBusinessDays);
        return new TickerItem(currency, UsdFigures.value(usd), UsdFigures.change(percent), percent.signum(),
                current.getSource(), current.getEffectiveDate(), current.isDerived(), current.getNote(), stale);
    }

    /**
     * Against the bank's own previous-day figure when its file gave one (NBK, CBU); otherwise against the
     * row stored before, which on a first fetch may be a months-old sample.
     */
    static BigDecimal changePercent(ExchangeRate current, ExchangeRate before) {
        BigDecimal previous = current.previousUsdPerUnit();
        if (previous == null) {
            if (before == null) {
                return BigDecimal.ZERO;
            }
            previous = before.usdPerUnit();
        }
        return UsdFigures.changePercent(previous, current.usdPerUnit());
    }
}
