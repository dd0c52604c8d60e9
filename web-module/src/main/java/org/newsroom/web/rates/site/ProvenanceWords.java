package org.newsroom.web.rates.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;

/**
 * Where a rate came from, in the reader's edition. The rates module stores a rate's provenance as an English
 * note when it fetches it ("NBK file of 01.04.2026: 478.77 KZT per 1 USD"), the words of its logs and the
 * API; its shapes are few and the module's own, so the Russian edition says them again from the web bundle
 * ({@code rates.provenance.*}). A note of another shape (the reason an editor typed for a rate set by hand)
 * is shown as it is.
 */
public final class ProvenanceWords {

    private static final String LABEL = "([A-Z]{2,5})(?: (daily|weekly))? file of ([^:()]+?)";
    private static final String RATE = "(\\d+(?:\\.\\d+)?) ([A-Z]{3}) per (\\d+) ([A-Z]{3})";
    private static final Pattern FILE = Pattern.compile(LABEL + ": " + RATE);
    /** A row of a file as a cross rate names it: "478.77 KZT per 1" (of the currency named before it). */
    private static final String ROW = "(\\d+(?:\\.\\d+)?) ([A-Z]{3}) per (\\d+)";
    private static final Pattern DERIVED = Pattern.compile(
            "derived from " + LABEL + ": USD " + ROW + " / ([A-Z]{3}) " + ROW);
    private static final Pattern DERIVED_FROM_TWO = Pattern.compile(
            "derived from " + LABEL + " \\(USD " + ROW + "\\) and " + LABEL + " \\(([A-Z]{3}) " + ROW + "\\)");
    private static final Pattern PEG = Pattern.compile("configured peg of the Central Bank of Turkmenistan: " + RATE
            + " since (\\S+) \\(configured in NEWSROOM_RATES_TMT_PEG; in force while the bank's daily file does not answer\\)");

    private ProvenanceWords() {
    }

    /** The stored provenance in the edition's language; English (and anything unknown) as stored. */
    public static String in(String stored, EditionTexts texts) {
        if (stored == null || texts.edition() == Edition.EN) {
            return stored;
        }
        Matcher file = FILE.matcher(stored);
        if (file.matches()) {
            return texts.format("rates.provenance.file", file.group(1), kind(file.group(2)), file.group(3),
                    rate(texts, file, 4));
        }
        Matcher derived = DERIVED.matcher(stored);
        if (derived.matches()) {
            return texts.format("rates.provenance.derived", label(texts, derived, 1), row(texts, derived, 4),
                    derived.group(7), row(texts, derived, 8));
        }
        Matcher two = DERIVED_FROM_TWO.matcher(stored);
        if (two.matches()) {
            return texts.format("rates.provenance.derivedFromTwo", label(texts, two, 1), row(texts, two, 4),
                    label(texts, two, 7), two.group(10), row(texts, two, 11));
        }
        Matcher peg = PEG.matcher(stored);
        if (peg.matches()) {
            return texts.format("rates.provenance.peg", rate(texts, peg, 1), peg.group(5));
        }
        return stored;
    }

    /** "daily", "weekly" or "plain" (an ICU select needs a word). */
    private static String kind(String kind) {
        return kind == null ? "plain" : kind;
    }

    private static String label(EditionTexts texts, Matcher found, int first) {
        return texts.format("rates.provenance.ofFile", found.group(first), kind(found.group(first + 1)), found.group(first + 2));
    }

    private static String row(EditionTexts texts, Matcher found, int first) {
        return texts.format("rates.provenance.row", found.group(first), found.group(first + 1), found.group(first + 2));
    }

    private static String rate(EditionTexts texts, Matcher found, int first) {
        return texts.format("rates.provenance.rate", found.group(first), found.group(first + 1), found.group(first + 2),
                found.group(first + 3));
    }
}
