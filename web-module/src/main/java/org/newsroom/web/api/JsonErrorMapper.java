package org.newsroom.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** No HTML error page ever comes out of /api: every failure is a JSON {"error": "..."}. */
@Provider
public class JsonErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(JsonErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return JsonResponses.error(status.getStatusCode(), status.getReasonPhrase());
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering an API request", failure);
        return JsonResponses.error(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
    }
}
