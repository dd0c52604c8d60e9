package org.newsroom.web.media.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.media.MediaLibrary;
import org.newsroom.news.media.ServableMedia;

/**
 * Serves stored images at {@code /media/{id}.{extension}} (as {@link MediaItem#path()} writes them): to
 * anyone once the image is for readers, before that to signed-in staff only (see
 * {@link MediaLibrary#openForServing}). The bytes behind an id never change (files are content-addressed
 * and never rewritten), so a reader's answer may be cached for a year without revalidation; a staff-only
 * answer is private and revalidated. The ETag is the content's SHA-256, and a matching
 * {@code If-None-Match} gets 304. Unknown ids, embargoed images, a wrong extension or any other path get 404.
 */
@WebServlet(name = "MediaServlet", urlPatterns = MediaServlet.MAPPING)
public class MediaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String MAPPING = "/media/*";
    static final String CACHE_FOR_A_YEAR = "public, max-age=31536000, immutable";
    /** Not for shared caches (a front cache must not hand an embargoed image to readers), and asked again each time. */
    static final String STAFF_ONLY = "private, no-cache";
    private static final Pattern ADDRESS = Pattern.compile("/([1-9][0-9]{0,17})\\.([a-z]{3,4})");

    @EJB
    private MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher address = ADDRESS.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ServableMedia> found = library.openForServing(Long.parseLong(address.group(1)));
        if (found.isEmpty() || !found.get().extension().equals(address.group(2))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ServableMedia media = found.get();
        response.setHeader("Cache-Control", media.forReaders() ? CACHE_FOR_A_YEAR : STAFF_ONLY);
        response.setHeader("ETag", media.etag());
        // The type is ours, checked from the content at upload: browsers must not second-guess it.
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (matchesAny(request.getHeaders("If-None-Match"), media.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        try (InputStream in = media.open()) {
            response.setContentType(media.mediaType());
            response.setContentLengthLong(media.sizeBytes());
            in.transferTo(response.getOutputStream());
        } catch (NoSuchFileException goneMeanwhile) {
            if (!response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        }
    }

    /**
     * Whether an If-None-Match header (possibly several, each a comma-separated list) names this ETag.
     * The comparison is weak, as RFC 9110 wants for If-None-Match: {@code W/"x"} matches {@code "x"}.
     */
    static boolean matchesAny(Enumeration<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : Collections.list(ifNoneMatch)) {
            for (String candidate : header.split(",")) {
                String tag = candidate.strip();
                if (tag.equals("*")) {
                    return true;
                }
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
