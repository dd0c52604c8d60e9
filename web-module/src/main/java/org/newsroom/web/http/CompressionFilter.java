package org.newsroom.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Gzips text answers (pages, feeds, sitemaps, JSON, Faces' resources) for browsers that accept it, the same
 * on Payara Micro, Payara Server and WildFly. An application filter rather than each server's own setting
 * (Grizzly's {@code compression}, Undertow's gzip filter): one code path and no manual step per server, and
 * the page cache and the site's assets send copies they compressed once, which this filter lets through
 * untouched (they set Content-Encoding themselves) — a server-side setting would compress every cached hit again.
 */
public class CompressionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Compression.accepted(request)) {
            chain.doFilter(request, response);
            return;
        }
        GzipWhenWorthIt gzipping = new GzipWhenWorthIt(response);
        try {
            chain.doFilter(request, gzipping);
        } finally {
            gzipping.finish();
        }
    }

    /** Decides at the first write, when type, length and encoding are known. */
    private static final class GzipWhenWorthIt extends HttpServletResponseWrapper {

        private long declaredLength = -1;
        private GZIPOutputStream gzip;
        private GzipStream stream;
        private PrintWriter writer;
        private Boolean compressing;

        GzipWhenWorthIt(HttpServletResponse response) {
            super(response);
        }

        private boolean compressing() {
            if (compressing == null) {
                HttpServletResponse response = (HttpServletResponse) getResponse();
                int status = response.getStatus();
                compressing = !response.containsHeader("Content-Encoding") && Compression.compressible(response.getContentType())
                        && status != SC_NO_CONTENT && status != SC_NOT_MODIFIED && status != SC_PARTIAL_CONTENT
                        && (declaredLength < 0 || declaredLength >= Compression.MIN_BYTES);
                if (compressing) {
                    response.setHeader("Content-Encoding", "gzip");
                    response.addHeader("Vary", "Accept-Encoding");
                } else if (declaredLength >= 0) {
                    response.setContentLengthLong(declaredLength);
                }
            }
            return compressing;
        }

        @Override
        public void setContentLength(int length) {
            setContentLengthLong(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (compressing == null) {
                declaredLength = length;
            } else if (!compressing) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setContentLengthLong(value == null ? -1 : Long.parseLong(value.strip()));
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Length".equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!compressing()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                ServletOutputStream raw = super.getOutputStream();
                gzip = new GZIPOutputStream(raw, 8192);
                stream = new GzipStream(gzip, raw);
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!compressing()) {
                return super.getWriter();
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            super.flushBuffer();
        }

        @Override
        public void reset() {
            super.reset();
            compressing = null;
            declaredLength = -1;
            gzip = null;
            stream = null;
            writer = null;
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (stream != null && !stream.closed) {
                gzip.finish();  // the trailer; the container closes the stream itself
            }
        }
    }

    private static final class GzipStream extends ServletOutputStream {

        private final OutputStream gzip;
        private final ServletOutputStream raw;
        private boolean closed;

        GzipStream(OutputStream gzip, ServletOutputStream raw) {
            this.gzip = gzip;
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            gzip.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            gzip.write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            gzip.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                gzip.close();
            }
        }

        @Override
        public boolean isReady() {
            return raw.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            raw.setWriteListener(listener);
        }
    }
}
