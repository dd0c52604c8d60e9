package org.newsroom.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsroom.news.refusal.Refusal;

/** Every refusal of the news module, for every resource, answered the same way: {"error", "field"?}. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return JsonResponses.error(status(refusal.reason()), refusal.field().orElse(null), refusal.getMessage());
    }

    static int status(Refusal.Reason reason) {
        return switch (reason) {
            case INVALID -> 400;
            case NOT_ALLOWED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case NOT_STORED -> 507;
        };
    }
}
