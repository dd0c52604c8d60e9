package org.newsroom.web.articles.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsroom.news.workflow.ArticleEditing;
import org.newsroom.news.article.ArticleRejected;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.article.NoSuchArticle;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.workflow.Publishing;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.news.workflow.WorkflowRefused;
import org.newsroom.web.rest.JsonInput;
import org.newsroom.web.rest.JsonResponses;
import org.newsroom.web.http.OutletTime;
import org.newsroom.web.storage.StorageTrouble;

/**
 * The newsroom's articles as JSON, for tools and imports: create, read, save (never over a newer
 * save), workflow actions, revisions. The EJBs decide who may do what; this only translates.
 */
@Path("newsroom/articles")
@Produces(MediaType.APPLICATION_JSON)
public class NewsroomArticlesResource {

    @Inject
    private ArticleEditing editing;

    @Inject
    private Publishing publishing;


    /** Creates a draft by the signed-in member of staff. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        return answer(() -> {
            EditorView created = editing.create(ArticleJson.edit(JsonInput.object(body), 0, null));
            return Response.status(Response.Status.CREATED).entity(ArticleJson.of(created).toString()).build();
        });
    }

    @GET
    @Path("{id}")
    public Response load(@PathParam("id") long id) {
        return answer(() -> Response.ok(ArticleJson.of(editing.load(id)).toString()).build());
    }

    /** Body: the article's fields and "version", the version the edit started from. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") long id, JsonObject body) {
        long version = ArticleJson.basedOnVersion(body);
        return answer(() -> Response.ok(ArticleJson.of(editing.save(id, ArticleJson.edit(body, version,
                editing.load(id).featuredImageId()))).toString()).build());
    }

    /** Actions: submit, send-back, publish, schedule, unschedule, unpublish, return-to-draft, pin, unpin. */
    @POST
    @Path("{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response act(@PathParam("id") long id, @PathParam("action") String action, JsonObject body) {
        WorkflowAction chosen;
        try {
            chosen = WorkflowAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "There is no action \"" + action + "\".");
        }
        String comment = body == null ? null : JsonInput.string(body, "comment");
        String when = body == null ? null : JsonInput.string(body, "scheduledFor");
        return answer(() -> {
            ArticleStatus status = publishing.perform(id, chosen, comment, when == null ? null : utc(when));
            return Response.ok(Json.createObjectBuilder().add("status", status.name()).build().toString()).build();
        });
    }

    @GET
    @Path("{id}/revisions")
    public Response revisions(@PathParam("id") long id) {
        return answer(() -> {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            editing.revisions(id).forEach(r -> rows.add(Json.createObjectBuilder()
                    .add("number", r.getNumber())
                    .add("savedBy", r.getSavedBy())
                    .add("savedAt", r.getSavedAt() + "Z")
                    .add("title", r.getTitle())
                    .add("note", r.getNote() == null ? "" : r.getNote())));
            return Response.ok(Json.createObjectBuilder().add("revisions", rows).build().toString()).build();
        });
    }

    @GET
    @Path("{id}/revisions/compare")
    public Response compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return answer(() -> {
            JsonArrayBuilder changes = Json.createArrayBuilder();
            editing.compare(id, from, to).forEach(change -> changes.add(Json.createObjectBuilder()
                    .add("field", change.fieldLabel()).add("html", change.html())));
            return Response.ok(Json.createObjectBuilder().add("changes", changes).build().toString()).build();
        });
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(@PathParam("id") long id, @PathParam("number") int number, JsonObject body) {
        long version = ArticleJson.basedOnVersion(body);
        return answer(() -> Response.ok(ArticleJson.of(editing.restore(id, number, version)).toString()).build());
    }

    /** "2026-11-27T15:00+05:00" or, without an offset, the newsroom's own time. */
    private static java.time.LocalDateTime utc(String when) {
        try {
            return OffsetDateTime.parse(when).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException noOffset) {
            try {
                return java.time.LocalDateTime.parse(when).atZone(OutletTime.zone())
                        .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            } catch (DateTimeParseException unreadable) {
                throw new ArticleRejected("Write the time like 2026-11-27T15:00 (the newsroom's time) or with an offset.");
            }
        }
    }

    private static Response answer(Supplier<Response> work) {
        try {
            return work.get();
        } catch (WorkflowRefused refused) {
            return JsonResponses.error(Response.Status.FORBIDDEN, refused.getMessage());
        } catch (EJBAccessException denied) {
            return JsonResponses.error(Response.Status.FORBIDDEN, "Your role may not do this.");
        } catch (StaleEdit stale) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                    .entity(Json.createObjectBuilder()
                            .add("error", "Not saved: " + stale.savedBy() + " saved this article at "
                                    + OutletTime.describe(stale.savedAt()) + ", after you opened it. Your text is kept: "
                                    + "compare it with theirs, merge by hand and save again.")
                            .add("savedBy", stale.savedBy())
                            .add("savedAt", OutletTime.describe(stale.savedAt()))
                            .add("currentVersion", stale.currentVersion())
                            .build().toString())
                    .build();
        } catch (NoSuchArticle unknown) {
            return JsonResponses.error(Response.Status.NOT_FOUND, unknown.getMessage());
        } catch (ArticleRejected rejected) {
            return JsonResponses.error(Response.Status.BAD_REQUEST, rejected.getMessage());
        } catch (RuntimeException failure) {
            if (StorageTrouble.isIn(failure)) {
                // The database is away (restarting, a dead connection, a full disk): nothing was stored; say so.
                java.util.logging.Logger.getLogger(NewsroomArticlesResource.class.getName())
                        .warning(() -> "Staff API write met a storage failure: " + StorageTrouble.in(failure).orElseThrow());
                return JsonResponses.error(Response.Status.SERVICE_UNAVAILABLE, StorageTrouble.NOT_SAVED);
            }
            throw failure;
        }
    }
}
