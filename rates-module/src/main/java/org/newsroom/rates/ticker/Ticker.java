package org.newsroom.rates.ticker;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;

/** The ticker bar's content: each configured currency with its latest value and daily change. */
@Stateless
public class Ticker {

    @Inject
    private ExchangeRates rates;

    public List<TickerItem> items() {
        return TickerCurrencies.configured().stream()
                .map(this::item)
                .filter(Objects::nonNull)
                .toList();
    }

    private TickerItem item(String currency) {
        List<ExchangeRate> latest = rates.latestTwo(currency);
        if (latest.isEmpty()) {
            return null;
        }
        ExchangeRate current = latest.get(0);
        BigDecimal usd = current.usdPerUnit();
        BigDecimal percent = latest.size() < 2 ? BigDecimal.ZERO
                : UsdFigures.changePercent(latest.get(1).usdPerUnit(), usd);
        return new TickerItem(currency, UsdFigures.value(usd), UsdFigures.change(percent), percent.signum(),
                current.getSource(), current.getEffectiveDate(), current.isDerived());
    }
}
