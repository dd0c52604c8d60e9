package org.newsroom.rates.feed;

import java.time.LocalDate;
import org.w3c.dom.Element;

/**
 * The National Bank of Tajikistan's rates for a date ({@code export_xml.php?date=YYYY-MM-DD}): UTF-8,
 * {@code <ValCurs Date="2026-05-18"><Valute ID="840"><CharCode>USD</CharCode><Nominal>1</Nominal>
 * <Value>9.3450</Value>}, somoni per {@code Nominal} units. Rows are keyed on CharCode, not on the ID.
 * NBT's terms require the source to be credited wherever its figures are shown.
 */
public class NbtRatesParser {

    public static final String SOURCE = "NBT";
    public static final String CURRENCY = "TJS";

    /**
     * @param requested the date asked for. NBT answers a date out of range with today's file and no
     *                  error, so a file whose {@code Date} differs is refused rather than stored under
     *                  the wrong day.
     * @return the file's kept rows, USD guaranteed present
     */
    public RateTable parse(byte[] xml, LocalDate requested) throws FeedException {
        Element root = SafeXml.parse(xml, SOURCE, "ValCurs");
        LocalDate date = dateOf(root);
        if (!date.equals(requested)) {
            throw new FeedException(SOURCE + " sent the file for " + date + " when " + requested + " was asked");
        }
        return rows(root, date);
    }

    /**
     * The file for whatever date it gives. For the fetcher, which must tell "not published yet" (NBT
     * answered with an older file) from a wrong answer, and so compares the date itself.
     *
     * @return the file's kept rows, USD guaranteed present
     */
    public RateTable parseAsDated(byte[] xml) throws FeedException {
        Element root = SafeXml.parse(xml, SOURCE, "ValCurs");
        return rows(root, dateOf(root));
    }

    private static LocalDate dateOf(Element root) throws FeedException {
        return FeedText.isoDate(root.getAttribute("Date"), "The " + SOURCE + " file");
    }

    private static RateTable rows(Element root, LocalDate date) throws FeedException {
        RowCollector rows = new RowCollector(SOURCE, CURRENCY, date, SOURCE + " file of " + root.getAttribute("Date"));
        for (Element valute : SafeXml.children(root, "Valute")) {
            String code = SafeXml.childText(valute, "CharCode");
            if (rows.wants(code)) {
                rows.add(code, SafeXml.childText(valute, "Value"), SafeXml.childText(valute, "Nominal"));
            }
        }
        return rows.tableWithUsd();
    }
}
