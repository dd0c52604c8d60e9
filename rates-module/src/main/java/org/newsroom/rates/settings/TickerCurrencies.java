package org.newsroom.rates.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which currencies the ticker shows, in order: NEWSROOM_TICKER_CURRENCIES, comma-separated. Besides the
 * region's five, RUB, EUR and CNY may be listed: no bank of ours sets them, so the fetch then works them
 * out each run as cross rates from the NBK or NBKR file (fetch.TickerCrossRates). Any other code is shown
 * only if a rate for it is entered by hand.
 */
public final class TickerCurrencies {

    public static final String VARIABLE = "NEWSROOM_TICKER_CURRENCIES";
    public static final List<String> DEFAULT = List.of("KGS", "KZT", "TJS", "UZS", "TMT");

    private TickerCurrencies() {
    }

    public static List<String> configured() {
        return parse(SettingsSource.environment().get(VARIABLE));
    }

    /**
     * The list a setting gives: codes of three letters, upper-cased, first mention kept; the default if
     * unset.
     *
     * @throws IllegalArgumentException naming the variable for anything that is not a currency code
     */
    public static List<String> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        List<String> codes = Arrays.stream(setting.split(","))
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
        for (String code : codes) {
            if (!code.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(VARIABLE + " is \"" + setting + "\"; expected currency codes of three"
                        + " letters, comma-separated, e.g. " + String.join(",", DEFAULT) + " (\"" + code + "\" is not one)");
            }
        }
        return codes.isEmpty() ? DEFAULT : codes;
    }
}
