package org.newsroom.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Which requests and answers are gzipped: the one rule the compression filter, the page cache and the assets share. */
public final class Compression {

    /** Below this a gzip header and trailer win little or nothing. */
    public static final int MIN_BYTES = 1024;

    private Compression() {
    }

    /** The browser accepts gzip (and has not ruled it out with q=0). */
    public static boolean accepted(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Encoding");
        if (accept == null) {
            return false;
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] coding = part.strip().split(";");
            if (coding[0].strip().equals("gzip") || coding[0].strip().equals("*")) {
                return coding.length == 1 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** Text worth compressing; images, archives and backups are compressed already. */
    public static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.startsWith("application/javascript") || type.startsWith("application/manifest+json")
                || type.startsWith("image/svg+xml") || type.matches("application/[a-z.+-]+\\+(xml|json).*");
    }

    /** A gzip copy, made once by whoever keeps the bytes (cached pages, the site's assets). */
    public static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
