package org.newsroom.web.rates.desk;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.web.faces.StaffTexts;

/** A Chart.js line chart of one currency's US-dollar value, as the JSON PrimeFaces' p:chart takes. */
final class RateChart {

    private RateChart() {
    }

    static String json(String currency, List<ExchangeRate> oldestFirst) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ExchangeRate rate : oldestFirst) {
            labels.add(StaffTexts.current().day(rate.getEffectiveDate()));
            values.add(rate.usdPerUnit());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", currency + "/USD")
                                .add("data", values)
                                .add("borderColor", "#0b5cad")
                                .add("stepped", true)
                                .add("fill", false))))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", true))))
                .build()
                .toString();
    }
}
