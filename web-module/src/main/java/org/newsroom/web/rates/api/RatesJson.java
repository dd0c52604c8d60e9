package org.newsroom.web.rates.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.ticker.TickerItem;

/** How rates look in JSON: exact decimals as strings' digits (JSON numbers from BigDecimal), dates ISO. */
final class RatesJson {

    private RatesJson() {
    }

    /** A ticker currency with the figures readers see and the exact rate behind them. */
    static JsonObjectBuilder latest(TickerItem item, ExchangeRate rate) {
        JsonObjectBuilder json = record(rate)
                .add("pair", item.pair())
                .add("display", item.value())
                .add("change", item.change())
                .add("direction", item.direction())
                .add("stale", item.stale());
        if (item.provenance() != null) {
            json.add("provenance", item.provenance());
        }
        return json;
    }

    /** One stored rate as recorded: what the bank published, and who let it through and why. */
    static JsonObjectBuilder record(ExchangeRate rate) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("currency", rate.getCurrency())
                .add("effectiveDate", rate.getEffectiveDate().toString())
                .add("quote", rate.getQuote())
                .add("nominal", rate.getNominal())
                .add("usdPerUnit", rate.usdPerUnit())
                .add("source", rate.getSource())
                .add("derived", rate.isDerived())
                .add("recordedAt", rate.getRecordedAt().toString() + "Z");
        addIfPresent(json, "note", rate.getNote());
        addIfPresent(json, "confirmedBy", rate.getConfirmedBy());
        addIfPresent(json, "overrideReason", rate.getOverrideReason());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
