package org.newsroom.web.media.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.media.Picture;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;
import org.newsroom.web.rest.WhenDenied;

/**
 * Image upload for tools and imports: the request body is the file itself; the same checks as the
 * editor's upload (type from the content, size limit). Readers see an image once an article using it is
 * published; {@code ?public=true} makes it a public library image, for readers at once.
 */
@Path("newsroom/media")
@WhenDenied("Sign in to upload images.")
@Produces(MediaType.APPLICATION_JSON)
public class MediaResource {

    @Inject
    private MediaLibrary media;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(byte[] content, @HeaderParam("X-File-Name") String fileName,
                           @QueryParam("caption") String caption, @QueryParam("credit") String credit,
                           @QueryParam("alt") String alt, @QueryParam("public") boolean forReaders) {
        // Refusals (400; 507 when the server's disk would not take it) are answered by web.rest's mappers.
        MediaItem item = media.upload(fileName, content, caption, credit, alt, forReaders);
        return Response.status(Response.Status.CREATED).entity(describe(item).toString()).build();
    }

    /** The image and its renditions: {@code "renditions": {"state": "preparing"|"ready"|"none", "sizes": [...]}}. */
    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        return media.find(id).map(item -> Response.ok(describe(item).toString()).build())
                .orElseThrow(() -> new Refusal(Refusal.Reason.NOT_FOUND, null, Wording.refusal("media.missing", String.valueOf(id))));
    }

    private static JsonObject describe(MediaItem item) {
        JsonArrayBuilder sizes = Json.createArrayBuilder();
        Picture picture = item.picture();
        if (picture != null) {
            for (int width : picture.renditionWidths()) {
                JsonObjectBuilder size = Json.createObjectBuilder().add("width", width).add("height", picture.heightAt(width))
                        .add("path", picture.path(width, picture.extension()));
                if (picture.hasWebp()) {
                    size.add("webpPath", picture.path(width, Picture.WEBP));
                }
                sizes.add(size);
            }
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", item.getId())
                .add("path", item.path())
                .add("mediaType", item.getMediaType());
        if (item.getWidth() != null && item.getHeight() != null) {
            json.add("width", item.getWidth()).add("height", item.getHeight());
        }
        return json.add("renditions", Json.createObjectBuilder()
                        .add("state", item.renditionsPending() ? "preparing" : item.renditionWidths().isEmpty() ? "none" : "ready")
                        .add("webp", item.hasWebpRenditions())
                        .add("sizes", sizes))
                .build();
    }
}
