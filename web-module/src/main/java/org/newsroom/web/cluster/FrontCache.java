package org.newsroom.web.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.newsroom.news.settings.Settings;
import org.newsroom.web.storage.PublicChange;

/**
 * The front cache (Varnish, see {@code docs/cluster.md} and the VCL in {@code web-module/src/main/varnish}),
 * told to drop what a change made stale: one {@code BAN} of every reader page it holds. Every page may
 * show a changed article (the homepage, its section, tag and author lists, search, the ticker's rates
 * on every page), so anything finer would have to know every page's contents; a ban is cheap for
 * Varnish and the page cache behind it re-renders only what readers then ask for.
 *
 * <p>Synchronous and short: the writer's answer waits for it, so a publish shows on the very next
 * request through the front. A front that does not answer costs the writer at most a second and is logged;
 * the write itself is committed either way.
 */
@ApplicationScoped
public class FrontCache {

    public static final String VARIABLE = "NEWSROOM_FRONT_CACHE_URL";
    private static final Logger LOG = Logger.getLogger(FrontCache.class.getName());
    private static final Duration PATIENCE = Duration.ofSeconds(1);

    private final URI address;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();

    public FrontCache() {
        this(address(Settings.fromConfig()));
    }

    FrontCache(URI address) {
        this.address = address;
    }

    /** @throws org.newsroom.news.settings.SettingInvalid naming the variable */
    public static URI address(Settings settings) {
        String value = settings.text(VARIABLE, "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            URI uri = URI.create(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException unreadable) {
            // said below
        }
        throw Settings.invalid(VARIABLE, value, "the front cache's address, e.g. http://127.0.0.1:6081/");
    }

    boolean configured() {
        return address != null;
    }

    URI address() {
        return address;
    }

    void purge(PublicChange change) {
        if (address == null) {
            return;
        }
        HttpRequest ban = HttpRequest.newBuilder(address.resolve("/")).timeout(PATIENCE)
                .method("BAN", HttpRequest.BodyPublishers.noBody())
                .header("X-Newsroom-Change", String.join(",", change.kinds().stream().map(Enum::name).toList()))
                .build();
        try {
            HttpResponse<Void> answer = client.send(ban, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                LOG.warning(() -> "The front cache at " + address + " answered the ban with " + answer.statusCode());
            }
        } catch (IOException unreachable) {
            LOG.warning(() -> "The front cache at " + address + " could not be told of a change: " + unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
