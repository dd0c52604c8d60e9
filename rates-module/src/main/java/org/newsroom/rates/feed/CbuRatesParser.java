package org.newsroom.rates.feed;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Central Bank of Uzbekistan's rates ({@code /json/} for the latest, {@code /json/all/YYYY-MM-DD/}
 * for a date): a JSON array of objects whose values are all strings, e.g. {@code {"Ccy":"USD",
 * "Nominal":"1","Rate":"12194.21","Date":"01.04.2026"}}, sum per {@code Nominal} units. The USD entry's
 * {@code Date} is taken as the file's effective date.
 */
public class CbuRatesParser {

    public static final String SOURCE = "CBU";
    public static final String CURRENCY = "UZS";

    /** Looked up once: finding the JSON-P provider goes through the service loader. */
    private final JsonReaderFactory readers = Json.createReaderFactory(Map.of());

    /** @return the file's kept rows, USD guaranteed present */
    public RateTable parse(byte[] json) throws FeedException {
        JsonArray entries = readArray(json);
        if (entries.isEmpty()) {
            throw new FeedException(SOURCE + " sent an empty list of rates");
        }
        JsonObject usd = findUsd(entries);
        String dateText = text(usd, "Date", "USD");
        LocalDate date = FeedText.dayMonthYear(dateText, "The " + SOURCE + " file");
        RowCollector rows = new RowCollector(SOURCE, CURRENCY, date, SOURCE + " file of " + dateText);
        for (JsonValue value : entries) {
            if (value instanceof JsonObject entry) {
                String currency = optionalText(entry, "Ccy");
                if (rows.wants(currency)) {
                    addRow(rows, entry, currency);
                }
            }
        }
        return rows.tableWithUsd();
    }

    /** A missing value is reported for a region's row; an optional row without one is simply left out. */
    private static void addRow(RowCollector rows, JsonObject entry, String currency) throws FeedException {
        if (RateTable.optional(currency)) {
            rows.add(currency, optionalText(entry, "Rate"), optionalText(entry, "Nominal"), optionalText(entry, "Diff"));
        } else {
            rows.add(currency, text(entry, "Rate", currency), text(entry, "Nominal", currency),
                    optionalText(entry, "Diff"));
        }
    }

    private JsonArray readArray(byte[] json) throws FeedException {
        FeedText.requireContent(json, SOURCE);
        if (FeedText.looksLikeHtml(json)) {
            throw new FeedException(SOURCE + " answered with an HTML page instead of JSON");
        }
        if (FeedText.startsWithMarkup(json)) {
            throw new FeedException(SOURCE + " answered with XML instead of JSON");
        }
        JsonStructure structure;
        // The reader detects UTF-8/16/32 from the bytes themselves, as JSON allows.
        try (JsonReader reader = readers.createReader(new ByteArrayInputStream(json))) {
            structure = reader.read();
        } catch (JsonParsingException e) {
            throw new FeedException(brokenJson(json), e);
        } catch (JsonException e) {
            throw new FeedException(SOURCE + " sent something that is not readable JSON, so it was not used", e);
        }
        if (!(structure instanceof JsonArray array)) {
            throw new FeedException(SOURCE + " sent a JSON object where a list of rates was expected");
        }
        return array;
    }

    private static String brokenJson(byte[] json) {
        if (!FeedText.startsWithJson(json)) {
            return SOURCE + " sent something that is not JSON, so it was not used";
        }
        String tail = FeedText.tail(json);
        if (!tail.endsWith("]") && !tail.endsWith("}")) {
            return SOURCE + " sent JSON that is cut off before its end, so it was not used";
        }
        return SOURCE + " sent broken JSON, so it was not used";
    }

    private static JsonObject findUsd(JsonArray entries) throws FeedException {
        for (JsonValue value : entries) {
            if (value instanceof JsonObject entry && "USD".equals(optionalText(entry, "Ccy"))) {
                return entry;
            }
        }
        throw new FeedException("USD is missing from the " + SOURCE + " file");
    }

    /** A value as text; CBU writes every value as a string, but a plain number is read just as exactly. */
    private static String optionalText(JsonObject entry, String key) {
        JsonValue value = entry.get(key);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue().toPlainString();
        }
        return null;
    }

    private static String text(JsonObject entry, String key, String currency) throws FeedException {
        String text = optionalText(entry, key);
        if (text == null) {
            throw new FeedException("The " + SOURCE + " entry for " + currency + " has no " + key);
        }
        return text;
    }
}
