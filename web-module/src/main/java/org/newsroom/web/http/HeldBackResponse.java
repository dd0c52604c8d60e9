package org.newsroom.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory until a filter lets it go: to add a header that is only
 * known at the end (the statement count), or to keep a copy (the page cache). Headers and status
 * pass straight through.
 */
public final class HeldBackResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream page;
    private PrintWriter writer;
    /** An error page (404, 410) is written by the container itself, straight to the client. */
    private boolean errorSent;

    public HeldBackResponse(HttpServletResponse response, ByteArrayOutputStream page) {
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
            public void write(byte[] bytes, int offset, int length) {
                page.write(bytes, offset, length);
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
            writer = new PrintWriter(new OutputStreamWriter(page, Charset.forName(encoding == null ? "UTF-8" : encoding)));
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

    public boolean errorSent() {
        return errorSent;
    }

    /** Everything written so far, the writer's buffer included. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return page.toByteArray();
    }
}
