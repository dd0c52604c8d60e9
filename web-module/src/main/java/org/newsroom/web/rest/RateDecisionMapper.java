package org.newsroom.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsroom.rates.desk.RateDecisionException;

/**
 * The rates module's one refusal (a held rate decided by someone else meanwhile, a reason missing):
 * 409. The rates module is a separate EJB module that knows nothing of the news module, so its
 * refusal has its own type and its own mapping here.
 */
@Provider
public class RateDecisionMapper implements ExceptionMapper<RateDecisionException> {

    @Override
    public Response toResponse(RateDecisionException refused) {
        return JsonResponses.error(Response.Status.CONFLICT, refused.getMessage());
    }
}
