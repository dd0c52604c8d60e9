package org.newsroom.web.media.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.media.MediaFileMissing;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.media.ServableMedia;
import org.newsroom.web.http.ByteRange;
import org.newsroom.web.http.Validators;

/**
 * Serves stored images at {@code /media/{id}.{extension}} (as {@link MediaItem#path()} writes them): to
 * anyone once the image is for readers, before that to signed-in staff only (see
 * {@link MediaLibrary#openForServing}). The bytes behind an id never change (files are content-addressed
 * and never rewritten), so a reader's answer may be cached for a year without revalidation; a staff-only
 * answer is private and revalidated. The ETag is the content's SHA-256; conditional requests
 * (If-None-Match, If-Modified-Since) get 304 and a byte range (Range, If-Range) 206, as
 * {@link Validators} and {@link ByteRange} decide. Renditions ({@code /media/{id}-{width}.{jpg|png|webp}}, see
 * {@code news.media.RenditionQueue}) are served the same way, each with its own ETag. Unknown ids, embargoed images, a wrong extension or any other path get 404.
 */
@WebServlet(name = "MediaServlet", urlPatterns = MediaServlet.MAPPING)
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String MAPPING = "/media/*";
    static final int RETRY_AFTER_SECONDS = 2;
    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";
    /** Not for shared caches (a front cache must not hand an embargoed image to readers), and asked again each time. */
    static final String STAFF_ONLY = "private, no-cache";
    /** {@code /{id}.{extension}}, or a rendition: {@code /{id}-{width}.{extension}}. */
    private static final Pattern ADDRESS = Pattern.compile("/([1-9][0-9]{0,17})(?:-([1-9][0-9]{1,4}))?\\.([a-z]{3,4})");

    @EJB
    private MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(address.group(1));
        Optional<ServableMedia> found;
        try {
            found = address.group(2) == null ? library.openForServing(id)
                    : library.openRenditionForServing(id, Integer.parseInt(address.group(2)), address.group(3));
        } catch (MediaFileMissing notHereYet) {
            // The image exists (another node stored it): never a 404 a browser or front cache would keep.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (found.isEmpty() || !found.get().extension().equals(address.group(3))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ServableMedia media = found.get();
        long lastModified = lastModified(media);
        response.setHeader("Cache-Control", media.forReaders() ? CACHE_FOR_A_YEAR : STAFF_ONLY);
        response.setHeader("ETag", media.etag());
        response.setHeader("Accept-Ranges", "bytes");
        if (lastModified > 0) {
            response.setDateHeader("Last-Modified", lastModified);
        }
        // The type is ours, checked from the content at upload: browsers must not second-guess it.
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (Validators.notModified(request, media.etag(), lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<ByteRange.Answer> asked = rangeAsked(request, media);
        if (asked.isPresent() && !asked.get().satisfiable()) {
            response.setHeader("Content-Range", "bytes */" + media.sizeBytes());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        try (InputStream in = media.open()) {
            response.setContentType(media.mediaType());
            if (asked.isPresent()) {
                ByteRange range = asked.get().range();
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader("Content-Range", range.contentRange(media.sizeBytes()));
                response.setContentLengthLong(range.length());
                in.skipNBytes(range.first());
                copy(in, response.getOutputStream(), range.length());
            } else {
                response.setContentLengthLong(media.sizeBytes());
                in.transferTo(response.getOutputStream());
            }
        } catch (NoSuchFileException goneMeanwhile) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /** A Range is honoured only while the client's copy is this one (If-Range), else the whole image is sent. */
    private static Optional<ByteRange.Answer> rangeAsked(HttpServletRequest request, ServableMedia media) {
        String ifRange = request.getHeader("If-Range");
        if (ifRange != null && !ifRange.strip().equals(media.etag())) {
            return Optional.empty();
        }
        return ByteRange.of(request.getHeader("Range"), media.sizeBytes());
    }

    private static long lastModified(ServableMedia media) {
        try {
            return Files.getLastModifiedTime(media.file()).toMillis();
        } catch (IOException unknown) {
            return -1;
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }
}
