package org.newsroom.web.rest;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.web.storage.StorageTrouble;

/**
 * No HTML error page ever comes out of /api: every failure is a JSON {"error": "..."}, with "field" when
 * one member of the request is at fault. A body that is not JSON, or not the JSON asked for, is the
 * client's mistake (400), however deep in the JSON reader it was found; only what is truly ours is a 500,
 * and that answer names no class or server.
 */
@Provider
public class JsonErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(JsonErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidInput invalid) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, invalid.field(), invalid.getMessage());
            }
            if (cause instanceof JsonParsingException unreadable) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, null, "The body is not valid JSON"
                        + (unreadable.getLocation() == null ? "." : " (line " + unreadable.getLocation().getLineNumber()
                        + ", column " + unreadable.getLocation().getColumnNumber() + ")."));
            }
            if (cause instanceof JsonException || cause instanceof ClassCastException || wrongBodyType(failure, cause)) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, null,
                        "The body must be one JSON object, e.g. {\"title\": \"…\"}.");
            }
            if (cause instanceof StackOverflowError || thrownByJsonParser(cause)) {
                return JsonResponses.error(Response.Status.BAD_REQUEST, null, "The body's JSON is nested too deeply.");
            }
        }
        if (failure instanceof WebApplicationException web) {
            if (web.getResponse().hasEntity()) {
                return web.getResponse();  // already in our words (JsonObjectReader)
            }
            Response.StatusType status = web.getResponse().getStatusInfo();
            return JsonResponses.error(status.getStatusCode(), status.getReasonPhrase());
        }
        if (StorageTrouble.isIn(failure)) {
            // The database is away (restarting, a dead connection, a full disk): nothing was stored; say so.
            LOG.warning(() -> "An API request met a storage failure: " + StorageTrouble.in(failure).orElseThrow());
            return JsonResponses.error(Response.Status.SERVICE_UNAVAILABLE, StorageTrouble.NOT_SAVED);
        }
        LOG.log(Level.SEVERE, "Unexpected failure answering an API request", failure);
        return JsonResponses.error(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; it has been logged.");
    }

    /** Jersey calls a method taking a JSON object with the array or string it was sent: "argument type mismatch". */
    private static boolean wrongBodyType(Throwable failure, Throwable cause) {
        return failure instanceof ProcessingException && cause instanceof IllegalArgumentException
                && "argument type mismatch".equals(cause.getMessage());
    }

    /** The JSON reader's own limits (Parsson refuses nesting over 1,000 levels with a plain RuntimeException). */
    private static boolean thrownByJsonParser(Throwable cause) {
        StackTraceElement[] where = cause.getStackTrace();
        return where.length > 0 && (where[0].getClassName().startsWith("org.eclipse.parsson.")
                || where[0].getClassName().startsWith("org.glassfish.json."));
    }
}
