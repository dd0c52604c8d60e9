package org.newsroom.web.rates.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.status.RateSourceStatus;
import org.newsroom.web.rates.facade.RateDeskFacade;
import org.newsroom.web.rest.InvalidInput;
import org.newsroom.web.rest.JsonInput;
import org.newsroom.web.rest.JsonResponses;
import org.newsroom.web.rest.WhenDenied;

/**
 * The rates desk for tools and scripts (the same operations as /newsroom/rates.xhtml): source
 * status, fetch now, confirm or reject held rates, enter a rate by hand. Editors and admins only,
 * checked by web.xml and again by the HeldRates EJB.
 */
@Path("newsroom/rates")
@WhenDenied("Only editors and admins work the rates desk.")
@Produces(MediaType.APPLICATION_JSON)
public class StaffRatesResource {

    @Inject
    private RateDeskFacade desk;

    @GET
    @Path("sources")
    public Response sources() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (RateSourceStatus status : desk.statuses()) {
            JsonObjectBuilder row = Json.createObjectBuilder()
                    .add("source", status.getSource())
                    .add("consecutiveFailures", status.getConsecutiveFailures());
            add(row, "lastOutcome", status.getLastOutcome());
            add(row, "lastMessage", status.getLastMessage());
            add(row, "lastError", status.getLastError());
            add(row, "lastErrorAt", status.getLastErrorAt());
            add(row, "lastAttemptAt", status.getLastAttemptAt());
            add(row, "lastSuccessAt", status.getLastSuccessAt());
            rows.add(row);
        }
        return Response.ok(Json.createObjectBuilder().add("sources", rows).build().toString()).build();
    }

    @POST
    @Path("fetch")
    public Response fetchNow() {
        FetchReport report = desk.fetchNow();
        JsonArrayBuilder rows = Json.createArrayBuilder();
        report.sources().forEach(source -> rows.add(Json.createObjectBuilder()
                .add("source", source.source())
                .add("outcome", source.outcome().name())
                .add("message", source.message() == null ? "" : source.message())));
        return Response.ok(Json.createObjectBuilder().add("day", report.day().toString())
                .add("sources", rows).build().toString()).build();
    }

    @GET
    @Path("held")
    public Response held() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (HeldRate held : desk.pending()) {
            rows.add(Json.createObjectBuilder()
                    .add("id", held.getId())
                    .add("currency", held.getCurrency())
                    .add("effectiveDate", held.getEffectiveDate().toString())
                    .add("quote", held.getQuote())
                    .add("nominal", held.getNominal())
                    .add("source", held.getSource())
                    .add("heldReason", held.getHeldReason()));
        }
        return Response.ok(Json.createObjectBuilder().add("held", rows).build().toString()).build();
    }

    @POST
    @Path("held/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") long id, JsonObject body) {
        var stored = desk.confirm(id, note(body));
        return Response.ok(RatesJson.record(stored).build().toString()).build();
    }

    @POST
    @Path("held/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, JsonObject body) {
        desk.reject(id, note(body));
        return Response.noContent().build();
    }

    /** Body: {"currency","effectiveDate","quote","nominal","source","reason"}; quote as a JSON number or string. */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enterManually(JsonObject body) {
        JsonObject entry = JsonInput.object(body);
        Long nominal = JsonInput.wholeNumber(entry, "nominal");
        if (nominal != null && (nominal < 1 || nominal > 1_000_000)) {
            throw new InvalidInput("nominal", "nominal is how many units the quote is for: 1 to 1,000,000.");
        }
        var stored = desk.enterManually(JsonInput.string(entry, "currency"), date(entry, "effectiveDate"),
                decimal(entry, "quote"), nominal == null ? null : nominal.intValue(), JsonInput.string(entry, "source"),
                JsonInput.string(entry, "reason"));
        return Response.status(Response.Status.CREATED).entity(RatesJson.record(stored).build().toString()).build();
    }

    private static LocalDate date(JsonObject entry, String member) {
        String text = JsonInput.string(entry, member);
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw new InvalidInput(member, member + " is a day written like 2026-12-01, not \"" + text + "\".");
        }
    }

    /** A JSON number, or a string of one ("470.12"), kept with the digits as written. */
    private static BigDecimal decimal(JsonObject entry, String member) {
        JsonValue value = entry.get(member);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        String text = JsonInput.string(entry, member);
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException unreadable) {
            throw new InvalidInput(member, member + " is a number such as 470.12, not \"" + text + "\".");
        }
    }

    private static String note(JsonObject body) {
        return body == null ? null : body.getString("note", null);
    }

    private static void add(JsonObjectBuilder row, String name, Object value) {
        if (value instanceof LocalDateTime time) {
            row.add(name, time + "Z");
        } else if (value != null) {
            row.add(name, value.toString());
        }
    }
}
