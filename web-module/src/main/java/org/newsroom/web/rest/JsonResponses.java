package org.newsroom.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.newsroom.web.http.Validators;

/** The shapes every JSON answer takes: errors as {"error": "..."}, public data with validators. */
public final class JsonResponses {

    private JsonResponses() {
    }

    public static Response error(Response.Status status, String message) {
        return error(status.getStatusCode(), message);
    }

    public static Response error(int status, String message) {
        return error(status, null, message);
    }

    /** @param field the request member at fault, or null */
    public static Response error(Response.Status status, String field, String message) {
        return error(status.getStatusCode(), field, message);
    }

    public static Response error(int status, String field, String message) {
        var json = Json.createObjectBuilder().add("error", message);
        if (field != null) {
            json.add("field", field);
        }
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json.build().toString())
                .build();
    }

    /**
     * Public, cacheable data: an ETag of the exact body, so a client (or a cache in front) that
     * already has it gets 304 Not Modified instead of the body.
     */
    public static Response cacheable(Request request, JsonStructure body, int maxAgeSeconds) {
        String text = body.toString();
        EntityTag tag = new EntityTag(Validators.digest(text));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(text, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache).build();
    }
}
