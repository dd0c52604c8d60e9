package org.newsroom.web.articles.site;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.newsroom.web.http.Compression;

/**
 * Serves {@link SiteAssets}: under /assets/ by fingerprinted name, cached for a year (immutable: the
 * address changes with the content); /favicon.ico and /site.webmanifest at the addresses browsers ask
 * for, cached for a day. Text goes out gzipped when the browser accepts it, compressed once at start.
 */
@WebServlet(name = "SiteAssetServlet", urlPatterns = {"/assets/*", "/favicon.ico", "/site.webmanifest"})
public class SiteAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String YEAR = "public, max-age=31536000, immutable";
    private static final String DAY = "public, max-age=86400";

    @Inject
    private transient SiteAssets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<SiteAsset> found;
        String caching;
        if (path.startsWith(SiteAssets.PREFIX)) {
            String name = path.substring(SiteAssets.PREFIX.length());
            found = assets.find(name);
            // An old fingerprint (a page cached before a deploy): the current file, but not for a year.
            caching = found.map(asset -> asset.fingerprintedName().equals(name) ? YEAR : "no-cache").orElse(null);
        } else if ("/site.webmanifest".equals(path)) {
            found = Optional.of(assets.manifest());
            caching = DAY;
        } else {
            found = assets.find("favicon.ico");
            caching = DAY;
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SiteAsset asset = found.get();
        String etag = "\"" + asset.fingerprint() + "\"";
        response.setHeader("Cache-Control", caching);
        response.setHeader("ETag", etag);
        response.setContentType(asset.contentType());
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = asset.body();
        if (asset.gzipped() != null) {
            response.addHeader("Vary", "Accept-Encoding");
            if (Compression.accepted(request)) {
                response.setHeader("Content-Encoding", "gzip");
                body = asset.gzipped();
            }
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
