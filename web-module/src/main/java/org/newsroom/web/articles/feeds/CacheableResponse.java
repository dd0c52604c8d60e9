package org.newsroom.web.articles.feeds;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.newsroom.web.http.Validators;

/**
 * Sends a feed, sitemap or robots.txt with an ETag of its exact bytes and a Cache-Control max-age:
 * feed readers and crawlers poll, and a matching If-None-Match costs them a 304 instead of the body.
 * (The JSON API does the same through {@code JsonResponses}.)
 */
final class CacheableResponse {

    private CacheableResponse() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, byte[] body,
                     int maxAgeSeconds) throws IOException {
        String etag = Validators.etagOf(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        if (Validators.notModified(request, etag, -1)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static void sendText(HttpServletRequest request, HttpServletResponse response, String text, int maxAgeSeconds)
            throws IOException {
        send(request, response, "text/plain;charset=UTF-8", text.getBytes(StandardCharsets.UTF_8), maxAgeSeconds);
    }
}
