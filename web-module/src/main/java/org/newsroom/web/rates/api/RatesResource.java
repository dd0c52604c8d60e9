package org.newsroom.web.rates.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;
import org.newsroom.web.rest.JsonResponses;

/** Public JSON of the ticker's rates: the latest with provenance, and each currency's history. */
@Path("rates")
@Produces(MediaType.APPLICATION_JSON)
public class RatesResource {

    static final int DEFAULT_HISTORY_DAYS = 30;
    static final int MAX_HISTORY_DAYS = 3660;
    private static final int MAX_AGE_SECONDS = 60;

    @Inject
    private Ticker ticker;

    @Inject
    private ExchangeRates rates;

    @GET
    public Response latest(@Context Request request) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (TickerItem item : ticker.items()) {
            ticker.inForce(item.currency()).ifPresent(rate -> items.add(RatesJson.latest(item, rate)));
        }
        return JsonResponses.cacheable(request,
                Json.createObjectBuilder().add("base", "USD").add("rates", items).build(), MAX_AGE_SECONDS);
    }

    @GET
    @Path("{code}")
    public Response history(@PathParam("code") String code, @QueryParam("from") String from,
                            @QueryParam("to") String to, @Context Request request) {
        String currency = code.toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}") || rates.latest(currency).isEmpty()) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "No rates are kept for \"" + code + "\".");
        }
        LocalDate last;
        LocalDate first;
        try {
            last = to == null || to.isBlank() ? LocalDate.now(Clock.systemUTC()) : LocalDate.parse(to);
            first = from == null || from.isBlank() ? last.minusDays(DEFAULT_HISTORY_DAYS) : LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            return JsonResponses.error(Response.Status.BAD_REQUEST,
                    "Dates are written like 2026-04-01 (from and to).");
        }
        if (first.isAfter(last)) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, "\"from\" is after \"to\".");
        }
        if (ChronoUnit.DAYS.between(first, last) > MAX_HISTORY_DAYS) {
            return JsonResponses.error(Response.Status.BAD_REQUEST,
                    "Ask for at most " + MAX_HISTORY_DAYS + " days at a time.");
        }
        List<ExchangeRate> inForce = rates.history(currency, first, last);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        inForce.forEach(rate -> rows.add(RatesJson.record(rate)));
        return JsonResponses.cacheable(request, Json.createObjectBuilder()
                .add("currency", currency)
                .add("from", first.toString())
                .add("to", last.toString())
                .add("rates", rows)
                .build(), MAX_AGE_SECONDS);
    }
}
