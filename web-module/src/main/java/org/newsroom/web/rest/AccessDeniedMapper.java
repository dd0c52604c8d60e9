package org.newsroom.web.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An EJB's role check said no (web.xml lets the signed-in in, the EJBs decide what each role may do):
 * 403, in the words of the resource's {@link WhenDenied}.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(EJBAccessException denied) {
        return JsonResponses.error(Response.Status.FORBIDDEN, sentence());
    }

    private String sentence() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        WhenDenied said = type == null ? null : type.getAnnotation(WhenDenied.class);
        return said == null ? WhenDenied.DEFAULT : said.value();
    }
}
