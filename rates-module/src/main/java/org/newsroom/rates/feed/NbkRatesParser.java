package org.newsroom.rates.feed;

import java.time.LocalDate;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The National Bank of Kazakhstan's rates for a date ({@code get_rates.cfm?fdate=DD.MM.YYYY}): UTF-8 XML,
 * {@code <rates><date>01.04.2026</date><item><title>USD</title><description>478.77</description>
 * <quant>1</quant>…}, tenge per {@code quant} units. Besides USD it keeps the KGS, TJS and UZS rows
 * (UZS per 100) for cross rates. Not for the RSS wrapper of {@code rates_all.xml}, a different layout.
 */
public class NbkRatesParser {

    public static final String SOURCE = "NBK";
    public static final String CURRENCY = "KZT";

    /**
     * @param xml       the body exactly as received
     * @param requested the date that was asked for; a file for another date is refused
     * @return the file's kept rows, USD guaranteed present
     * @throws NoRateForDate when NBK answers that it has no rates for that date (not an error)
     * @throws FeedException when the answer cannot be used, with a message for the status page
     */
    public RateTable parse(byte[] xml, LocalDate requested) throws FeedException, NoRateForDate {
        RateTable table = parseAsDated(xml, requested);
        if (!table.effectiveDate().equals(requested)) {
            throw new FeedException(SOURCE + " sent the file for " + table.effectiveDate() + " when " + requested
                    + " was asked");
        }
        return table;
    }

    /**
     * The file whatever date it gives, for the next day's rate: asked before it is published, NBK may
     * answer with another day's file, which is then no news rather than a fault.
     */
    public RateTable parseAsDated(byte[] xml, LocalDate requested) throws FeedException, NoRateForDate {
        Element root = SafeXml.parse(xml, SOURCE, "rates");
        List<Element> items = SafeXml.children(root, "item");
        String info = SafeXml.childText(root, "info");
        if (items.isEmpty() && info != null) {
            throw new NoRateForDate(SOURCE, requested, info);
        }
        String dateText = SafeXml.childText(root, "date");
        LocalDate date = FeedText.dayMonthYear(dateText, "The " + SOURCE + " file");
        RowCollector rows = new RowCollector(SOURCE, CURRENCY, date, SOURCE + " file of " + dateText);
        for (Element item : items) {
            String currency = SafeXml.childText(item, "title");
            if (rows.wants(currency)) {
                rows.add(currency, SafeXml.childText(item, "description"), SafeXml.childText(item, "quant"),
                        SafeXml.childText(item, "change"));
            }
        }
        return rows.tableWithUsd();
    }
}
