package org.newsroom.web.media.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
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
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("id", item.getId())
                .add("path", item.path())
                .add("mediaType", item.getMediaType())
                .build().toString()).build();
    }
}
