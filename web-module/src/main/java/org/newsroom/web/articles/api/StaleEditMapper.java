package org.newsroom.web.articles.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.web.articles.facade.ArticleFacade;
import org.newsroom.web.http.OutletTime;

/** A save over a newer one: 409 with who saved, when, and the version to base the next save on. */
@Provider
public class StaleEditMapper implements ExceptionMapper<StaleEdit> {

    @Override
    public Response toResponse(StaleEdit stale) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder()
                        .add("error", ArticleFacade.staleNotice(stale))
                        .add("savedBy", stale.savedBy())
                        .add("savedAt", OutletTime.describe(stale.savedAt()))
                        .add("currentVersion", stale.currentVersion())
                        .build().toString())
                .build();
    }
}
