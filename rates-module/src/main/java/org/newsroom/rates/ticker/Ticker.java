package org.newsroom.rates.ticker;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.newsroom.rates.feed.BusinessDays;
import org.newsroom.rates.fetch.RateSourceSettings;
import org.newsroom.rates.fetch.SettingsSource;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;

/**
 * The ticker bar's content: each configured currency with its latest value and daily change, marked
 * stale when the bank has not given a new rate for longer than NEWSROOM_RATES_STALE_BUSINESS_DAYS.
 */
@Stateless
public class Ticker {

    /** The manat's rate is a peg set years ago: its age says nothing about whether it is current. */
    static final String PEGGED_CURRENCY = "TMT";

    private static final Logger LOG = Logger.getLogger(Ticker.class.getName());

    @Inject
    private ExchangeRates rates;

    private int staleBusinessDays = BusinessDays.DEFAULT_MAX_AGE;
    private ZoneId zone = RateSourceSettings.DEFAULT_ZONE;

    /** A wrong setting must not take the ticker down: it falls back to the defaults, with a warning. */
    @PostConstruct
    void readSettings() {
        SettingsSource environment = SettingsSource.environment();
        try {
            staleBusinessDays = RateSourceSettings.staleBusinessDays(environment);
            zone = RateSourceSettings.timeZone(environment);
        } catch (IllegalArgumentException e) {
            LOG.warning("Ticker uses the default stale age and time zone: " + e.getMessage());
        }
    }

    public List<TickerItem> items() {
        LocalDate today = LocalDate.now(zone);
        return TickerCurrencies.configured().stream()
                .map(currency -> item(currency, rates.latestTwo(currency), today, staleBusinessDays))
                .filter(Objects::nonNull)
                .toList();
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
        BigDecimal percent = latest.size() < 2 ? BigDecimal.ZERO
                : UsdFigures.changePercent(latest.get(1).usdPerUnit(), usd);
        boolean stale = !PEGGED_CURRENCY.equals(currency)
                && BusinessDays.isStale(current.getEffectiveDate(), today, staleBusinessDays);
        return new TickerItem(currency, UsdFigures.value(usd), UsdFigures.change(percent), percent.signum(),
                current.getSource(), current.getEffectiveDate(), current.isDerived(), current.getNote(), stale);
    }
}
