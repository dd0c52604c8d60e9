package org.newsroom.rates.feed;

import java.time.LocalDate;
import org.w3c.dom.Element;

/**
 * The Central Bank of Turkmenistan's daily file ({@code https://cbt.tm/kurs/YYYY/DDMMYYYY.xml}): UTF-8 XML,
 * {@code <cbt_currency_rate><date>20.05.2026</date><rate code="USD"><rate_usd>1</rate_usd>
 * <multiplier>1</multiplier><rate_tmt>3.5</rate_tmt>…}, manat per {@code multiplier} units. Older files
 * (2020–2023) write the date as {@code 2026-05-20}. The dollar row confirms the peg; KZT, KGS, UZS and
 * TJS rows give cross rates. The host is often unreachable from abroad, so the configured peg stays the
 * fallback (fetch.TmtPegKeeper).
 */
public class CbtRatesParser {

    public static final String SOURCE = "CBT";
    public static final String CURRENCY = "TMT";

    /**
     * @param requested the day asked for; a file for another day is refused
     * @return the file's kept rows, USD guaranteed present
     */
    public RateTable parse(byte[] xml, LocalDate requested) throws FeedException {
        Element root = SafeXml.parse(xml, SOURCE, "cbt_currency_rate");
        String dateText = SafeXml.childText(root, "date");
        String where = "The " + SOURCE + " file";
        LocalDate date = dateText != null && dateText.strip().matches("\\d{4}-\\d{2}-\\d{2}")
                ? FeedText.isoDate(dateText, where) : FeedText.dayMonthYear(dateText, where);
        if (!date.equals(requested)) {
            throw new FeedException(SOURCE + " sent the file for " + date + " when " + requested + " was asked");
        }
        RowCollector rows = new RowCollector(SOURCE, CURRENCY, date, SOURCE + " file of " + dateText.strip());
        for (Element rate : SafeXml.children(root, "rate")) {
            String code = rate.getAttribute("code").strip();
            if (rows.wants(code)) {
                rows.add(code, SafeXml.childText(rate, "rate_tmt"), SafeXml.childText(rate, "multiplier"));
            }
        }
        return rows.tableWithUsd();
    }
}
