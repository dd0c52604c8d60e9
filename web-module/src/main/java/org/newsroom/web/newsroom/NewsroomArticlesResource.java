package org.newsroom.web.newsroom;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.newsroom.news.article.ArticleView;
import org.newsroom.news.article.Articles;
import org.newsroom.news.article.NewArticle;
import org.newsroom.web.api.JsonResponses;

/** Lets signed-in editors publish an article with one JSON request (tools, imports, smoke tests). */
@Path("newsroom/articles")
public class NewsroomArticlesResource {

    @Inject
    private Articles articles;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(NewArticle draft) {
        if (draft == null) {
            return error(Response.Status.BAD_REQUEST, "Send a JSON object with title, body and sectionSlugs.");
        }
        try {
            ArticleView published = articles.publishNew(draft);
            var location = uri.getBaseUriBuilder().path("..").path("article.xhtml")
                    .queryParam("slug", published.slug()).build().normalize();
            return Response.created(location)
                    .entity(Json.createObjectBuilder()
                            .add("slug", published.slug())
                            .add("title", published.title())
                            .build())
                    .build();
        } catch (EJBAccessException e) {
            return error(Response.Status.FORBIDDEN, "Your role may not publish articles.");
        } catch (EJBException e) {
            if (e.getCausedByException() instanceof IllegalArgumentException invalid) {
                return error(Response.Status.BAD_REQUEST, invalid.getMessage());
            }
            throw e;
        }
    }

    private static Response error(Response.Status status, String message) {
        return JsonResponses.error(status, message);
    }
}
