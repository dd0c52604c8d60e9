package org.newsroom.rates.ticker;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which currencies the ticker shows, in order: NEWSROOM_TICKER_CURRENCIES, comma-separated. */
public final class TickerCurrencies {

    public static final String VARIABLE = "NEWSROOM_TICKER_CURRENCIES";
    public static final List<String> DEFAULT = List.of("KGS", "KZT", "TJS", "UZS", "TMT");

    private TickerCurrencies() {
    }

    public static List<String> configured() {
        return parse(System.getenv(VARIABLE));
    }

    static List<String> parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        List<String> codes = Arrays.stream(setting.split(","))
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> code.matches("[A-Z]{3}"))
                .distinct()
                .toList();
        return codes.isEmpty() ? DEFAULT : codes;
    }
}
