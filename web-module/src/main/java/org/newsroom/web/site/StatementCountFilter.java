package org.newsroom.web.site;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.newsroom.web.startup.StatementCounter;

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
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        HeldBack held = new HeldBack(response, page);
        StatementCounter.start();
        try {
            chain.doFilter(request, held);
        } finally {
            int statements = StatementCounter.stop();
            if (!held.errorSent) {
                held.flushWriter();
                response.setHeader(HEADER, Integer.toString(statements));
                response.getOutputStream().write(page.toByteArray());
            }
        }
    }

    /** A response whose body is kept in memory until the filter lets it go. */
    private static final class HeldBack extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream page;
        private PrintWriter writer;
        /** An error page (404, 410) is written by the container itself, straight to the client. */
        private boolean errorSent;

        HeldBack(HttpServletResponse response, ByteArrayOutputStream page) {
            super(response);
            this.page = page;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    page.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("not asynchronous");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(page,
                        Charset.forName(encoding == null ? "UTF-8" : encoding)));
            }
            return writer;
        }

        @Override
        public void sendError(int status) throws IOException {
            errorSent = true;
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            errorSent = true;
            super.sendError(status, message);
        }

        @Override
        public void flushBuffer() {
            // held back until the filter finishes
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
