package org.newsroom.web.articles.api;

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
import java.util.Locale;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;
import org.newsroom.news.workflow.Translations;
import org.newsroom.news.workflow.WorkflowAction;
import org.newsroom.web.articles.facade.ArticleFacade;
import org.newsroom.web.rest.JsonInput;
import org.newsroom.web.rest.JsonResponses;

/**
 * The newsroom's articles as JSON, for tools and imports: create, read, save (never over a newer
 * save), workflow actions, revisions. The use cases are {@link ArticleFacade}'s, shared with the editor
 * page; the EJBs decide who may do what; refusals are answered by the mappers in {@code web.rest} and
 * {@link StaleEditMapper}. This only translates JSON.
 */
@Path("newsroom/articles")
@Produces(MediaType.APPLICATION_JSON)
public class NewsroomArticlesResource {

    @Inject
    private ArticleFacade articles;

    @Inject
    private Translations translations;

    /** Creates a draft by the signed-in member of staff. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        EditorView created = articles.store(null, ArticleJson.edit(JsonInput.object(body), 0, null));
        return Response.status(Response.Status.CREATED).entity(ArticleJson.of(created).toString()).build();
    }

    @GET
    @Path("{id}")
    public Response load(@PathParam("id") long id) {
        return Response.ok(ArticleJson.of(articles.load(id)).toString()).build();
    }

    /** Body: {"translationId": the other edition's article} links the two; {"translationId": null} unlinks. */
    @PUT
    @Path("{id}/translation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response linkTranslation(@PathParam("id") long id, JsonObject body) {
        return Response.ok(ArticleJson.of(translations.link(id, JsonInput.wholeNumber(JsonInput.object(body),
                "translationId"))).toString()).build();
    }

    /** Body: {"title": the translation's headline}; answers the new draft in the other language, linked. */
    @POST
    @Path("{id}/translation")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draftTranslation(@PathParam("id") long id, JsonObject body) {
        EditorView draft = translations.draft(id, JsonInput.string(JsonInput.object(body), "title"));
        return Response.status(Response.Status.CREATED).entity(ArticleJson.of(draft).toString()).build();
    }

    /** Body: the article's fields and "version", the version the edit started from. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("id") long id, JsonObject body) {
        long version = ArticleJson.basedOnVersion(body);
        return Response.ok(ArticleJson.of(articles.store(id, ArticleJson.edit(body, version,
                articles.load(id).featuredImageId()))).toString()).build();
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
        ArticleStatus status = articles.act(id, chosen, comment, ArticleFacade.typedTime("scheduledFor", when));
        return Response.ok(Json.createObjectBuilder().add("status", status.name()).build().toString()).build();
    }

    @GET
    @Path("{id}/revisions")
    public Response revisions(@PathParam("id") long id) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        articles.revisions(id).forEach(r -> rows.add(Json.createObjectBuilder()
                .add("number", r.getNumber())
                .add("savedBy", r.getSavedBy())
                .add("savedAt", r.getSavedAt() + "Z")
                .add("title", r.getTitle())
                .add("note", r.getNote() == null ? "" : r.getNote())));
        return Response.ok(Json.createObjectBuilder().add("revisions", rows).build().toString()).build();
    }

    @GET
    @Path("{id}/revisions/compare")
    public Response compare(@PathParam("id") long id, @QueryParam("from") int from, @QueryParam("to") int to) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        articles.compare(id, from, to).forEach(change -> changes.add(Json.createObjectBuilder()
                .add("field", change.fieldLabel()).add("html", change.html())));
        return Response.ok(Json.createObjectBuilder().add("changes", changes).build().toString()).build();
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restore(@PathParam("id") long id, @PathParam("number") int number, JsonObject body) {
        long version = ArticleJson.basedOnVersion(body);
        return Response.ok(ArticleJson.of(articles.restore(id, number, version)).toString()).build();
    }
}
