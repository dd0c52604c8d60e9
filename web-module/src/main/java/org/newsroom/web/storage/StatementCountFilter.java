package org.newsroom.web.storage;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.newsroom.web.http.HeldBackResponse;

/**
 * With NEWSROOM_SQL_COUNT=on (tests, performance work), public pages say how many SQL statements
 * they took in an X-SQL-Statements header. The page is held back until it is complete, because the
 * header must precede it and the count is only known at the end: never switch this on in production.
 */
@WebFilter(urlPatterns = {"/", "/index.xhtml", "/article.xhtml", "/listing.xhtml", "/search.xhtml"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class StatementCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String HEADER = "X-SQL-Statements";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!StatementCounter.enabled() || StatementCounter.counting()) {
            chain.doFilter(request, response);
            return;
        }
        HeldBackResponse held = new HeldBackResponse(response, new ByteArrayOutputStream());
        StatementCounter.start();
        try {
            chain.doFilter(request, held);
        } finally {
            int statements = StatementCounter.stop();
            if (!held.errorSent()) {
                byte[] body = held.body();
                response.setHeader(HEADER, Integer.toString(statements));
                response.getOutputStream().write(body);
            }
        }
    }
}
