package org.newsroom.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/** Refuses forged state-changing requests to the newsroom and its API (see {@link ForgedRequests}): 403. */
@WebFilter(urlPatterns = {"/newsroom/*", "/api/newsroom/*"})
public class ForgedRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ForgedRequestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> refusal = ForgedRequests.refusal(request);
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a forged " + request.getMethod() + " " + request.getRequestURI() + " from "
                + request.getRemoteAddr() + ": " + refusal.get());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(jakarta.json.Json.createObjectBuilder().add("error", refusal.get())
                    .build().toString().getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal.get());
        }
    }
}
