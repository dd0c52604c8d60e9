package org.newsroom.web.rates;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.util.function.Supplier;
import org.newsroom.rates.fetch.FetchReport;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.desk.HeldRates;
import org.newsroom.rates.desk.ManualRate;
import org.newsroom.rates.desk.RateDecisionException;
import org.newsroom.rates.status.RateSourceStatus;
import org.newsroom.web.api.JsonResponses;

/**
 * The rates desk for tools and scripts (the same operations as /newsroom/rates.xhtml): source
 * status, fetch now, confirm or reject held rates, enter a rate by hand. Editors and admins only,
 * checked by web.xml and again by the HeldRates EJB.
 */
@Path("newsroom/rates")
@Produces(MediaType.APPLICATION_JSON)
public class StaffRatesResource {

    @Inject
    private HeldRates desk;

    @Inject
    private RateAudit audit;

    @GET
    @Path("sources")
    public Response sources() {
        return guarded(() -> {
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
        });
    }

    @POST
    @Path("fetch")
    public Response fetchNow() {
        return guarded(() -> {
            FetchReport report = desk.fetchNow();
            JsonArrayBuilder rows = Json.createArrayBuilder();
            report.sources().forEach(source -> rows.add(Json.createObjectBuilder()
                    .add("source", source.source())
                    .add("outcome", source.outcome().name())
                    .add("message", source.message() == null ? "" : source.message())));
            return Response.ok(Json.createObjectBuilder().add("day", report.day().toString())
                    .add("sources", rows).build().toString()).build();
        });
    }

    @GET
    @Path("held")
    public Response held() {
        return guarded(() -> {
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
        });
    }

    @POST
    @Path("held/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") long id, JsonObject body) {
        return guarded(() -> {
            var stored = desk.confirm(id, note(body));
            audit.record(RateAudit.CONFIRMED, stored.getCurrency(), stored.getQuote().toPlainString() + " for "
                    + stored.getEffectiveDate() + (note(body) == null ? "" : ": " + note(body)));
            return Response.ok(RatesJson.record(stored).build().toString()).build();
        });
    }

    @POST
    @Path("held/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reject(@PathParam("id") long id, JsonObject body) {
        return guarded(() -> {
            var rejected = desk.reject(id, note(body));
            audit.record(RateAudit.REJECTED, rejected.getCurrency(), rejected.getQuote().toPlainString() + " for "
                    + rejected.getEffectiveDate() + (note(body) == null ? "" : ": " + note(body)));
            return Response.noContent().build();
        });
    }

    /** Body: {"currency","effectiveDate","quote","nominal","source","reason"}; quote as a JSON number or string. */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enterManually(JsonObject body) {
        ManualRate entry;
        try {
            entry = new ManualRate(body.getString("currency", null),
                    LocalDate.parse(body.getString("effectiveDate", "")),
                    new BigDecimal(body.containsKey("quote") ? body.get("quote").toString().replace("\"", "") : ""),
                    body.getInt("nominal", 1), body.getString("source", null), body.getString("reason", null));
        } catch (IllegalArgumentException | DateTimeParseException | ClassCastException e) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        return guarded(() -> {
            var stored = desk.enterManually(entry);
            audit.record(RateAudit.OVERRIDE, stored.getCurrency(), stored.getQuote().toPlainString() + " per "
                    + stored.getNominal() + " USD for " + stored.getEffectiveDate() + ": " + entry.reason());
            return Response.status(Response.Status.CREATED).entity(RatesJson.record(stored).build().toString()).build();
        });
    }

    private static String note(JsonObject body) {
        return body == null ? null : body.getString("note", null);
    }

    private static Response guarded(Supplier<Response> action) {
        try {
            return action.get();
        } catch (RateDecisionException refused) {
            return JsonResponses.error(Response.Status.CONFLICT, refused.getMessage());
        } catch (EJBAccessException denied) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "Only editors and admins work the rates desk.");
        } catch (EJBException failed) {
            if (failed.getCausedByException() instanceof IllegalArgumentException invalid) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, invalid.getMessage());
            }
            throw failed;
        }
    }

    private static void add(JsonObjectBuilder row, String name, Object value) {
        if (value instanceof LocalDateTime time) {
            row.add(name, time + "Z");
        } else if (value != null) {
            row.add(name, value.toString());
        }
    }
}
