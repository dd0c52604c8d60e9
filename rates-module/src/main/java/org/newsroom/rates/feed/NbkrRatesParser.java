package org.newsroom.rates.feed;

import java.time.LocalDate;
import org.w3c.dom.Element;

/**
 * The National Bank of the Kyrgyz Republic's latest rates: {@code daily.xml} (USD, EUR, CNY, KZT, RUB) and
 * {@code weekly.xml} (about 35 others, TJS, UZS and TMT among them; no USD). Windows-1251 declared only in
 * the XML declaration, decimal comma: {@code <CurrencyRates Date="24.05.2026"><Currency ISOCode="USD">
 * <Nominal>1</Nominal><Value>87,4500</Value>}, som per {@code Nominal} units.
 */
public class NbkrRatesParser {

    public static final String SOURCE = "NBKR";
    public static final String CURRENCY = "KGS";

    /** The daily file; USD guaranteed present. */
    public RateTable parseDaily(byte[] xml) throws FeedException {
        return read(xml, "daily").tableWithUsd();
    }

    /**
     * The weekly file. It carries no USD row, so cross rates from it need the daily file's USD as well
     * (see {@link CrossRates#derive(String, RateTable, RateTable)}).
     */
    public RateTable parseWeekly(byte[] xml) throws FeedException {
        return read(xml, "weekly").table();
    }

    private RowCollector read(byte[] xml, String kind) throws FeedException {
        Element root = SafeXml.parse(xml, SOURCE, "CurrencyRates");
        String dateText = root.getAttribute("Date");
        LocalDate date = FeedText.dayMonthYear(dateText, "The " + SOURCE + " " + kind + " file");
        RowCollector rows = new RowCollector(SOURCE, CURRENCY, date, SOURCE + " " + kind + " file of " + dateText);
        for (Element currency : SafeXml.children(root, "Currency")) {
            String code = currency.getAttribute("ISOCode").strip();
            if (rows.wants(code)) {
                rows.add(code, SafeXml.childText(currency, "Value"), SafeXml.childText(currency, "Nominal"));
            }
        }
        return rows;
    }
}
