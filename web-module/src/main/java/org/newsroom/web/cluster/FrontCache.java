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
 * told to drop what a change made stale: one {@code PURGE} of the surrogate keys the change touched
 * ({@link SurrogateKeys}; the VCL hands them to vmod xkey), so the pages it did not touch stay in the front.
 * A change the keys cannot describe, and a front whose VCL has no xkey (its answer to PURGE lacks
 * {@value #PURGED_HEADER}: Debian's varnish-modules not installed), get one {@code BAN} of every reader page.
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
    /** The keys to purge, as the VCL's xkey.purge reads them. */
    static final String PURGE_HEADER = "xkey-purge";
    /** Sent by the VCL's PURGE answer: a front that answers PURGE without it (no xkey) is banned instead. */
    static final String PURGED_HEADER = "X-Newsroom-Purged";
    private static final String CHANGE_HEADER = "X-Newsroom-Change";
    private final java.util.concurrent.atomic.AtomicBoolean keysUnknown = new java.util.concurrent.atomic.AtomicBoolean();

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
        String kinds = String.join(",", change.kinds().stream().map(Enum::name).sorted().toList());
        if (!SurrogateKeys.everything(change)) {
            String keys = String.join(" ", SurrogateKeys.touchedBy(change));
            HttpResponse<Void> purged = send(HttpRequest.newBuilder(address.resolve("/")).timeout(PATIENCE)
                    .method("PURGE", HttpRequest.BodyPublishers.noBody())
                    .header(PURGE_HEADER, keys).header(CHANGE_HEADER, kinds).build());
            if (purged == null || purged.statusCode() == 200 && purged.headers().firstValue(PURGED_HEADER).isPresent()) {
                return;  // purged; or unreachable, which a ban would not reach either (logged, at most a second)
            }
            if (keysUnknown.compareAndSet(false, true)) {
                LOG.warning(() -> "The front cache at " + address + " does not purge by surrogate keys (its VCL without xkey?"
                        + " it answered PURGE with " + purged.statusCode() + "): every change bans every reader page");
            }
        }
        HttpResponse<Void> banned = send(HttpRequest.newBuilder(address.resolve("/")).timeout(PATIENCE)
                .method("BAN", HttpRequest.BodyPublishers.noBody()).header(CHANGE_HEADER, kinds).build());
        if (banned != null && banned.statusCode() != 200) {
            LOG.warning(() -> "The front cache at " + address + " answered the ban with " + banned.statusCode());
        }
    }

    /** The front's answer; null (logged) when it could not be reached: the write is committed either way. */
    private HttpResponse<Void> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException unreachable) {
            LOG.warning(() -> "The front cache at " + address + " could not be told of a change: " + unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
