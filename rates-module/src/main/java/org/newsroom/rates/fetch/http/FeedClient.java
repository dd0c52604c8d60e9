package org.newsroom.rates.fetch.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsroom.rates.feed.FeedException;

/**
 * Downloads one bank file: a GET with connect and read timeouts, a hard limit on the body's size, and
 * a few tries with a doubling pause for failures that may pass by themselves (a timeout, a 5xx, a
 * refused or broken connection). What comes back is the raw bytes; the parsers decode them, because
 * only they know each file's encoding. Every failure is a {@link FeedException} worded for the staff
 * status page ("NBK answered HTTP 500 (tried 3 times)").
 */
public class FeedClient {

    private static final String USER_AGENT = "Newsroom exchange-rate fetcher (Java HttpClient)";

    /** Pauses between tries; replaced in tests so that the backoff can be checked without waiting. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final HttpClient http;
    private final FetchLimits limits;
    private final Sleeper sleeper;

    public FeedClient(FetchLimits limits) {
        this(limits, duration -> Thread.sleep(duration.toMillis()));
    }

    public FeedClient(FetchLimits limits, Sleeper sleeper) {
        this.limits = limits;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                // One small file per bank gains nothing from HTTP/2, and on plain-http addresses (test servers,
                // mirrors) HTTP/1.1 avoids the upgrade handshake.
                .version(HttpClient.Version.HTTP_1_1)
                // Follows http→https and same-scheme moves, never https→http.
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public FetchLimits limits() {
        return limits;
    }

    /**
     * @param source the bank, for messages, e.g. "NBK"
     * @return the body of a 2xx answer, possibly empty
     * @throws FeedException when every try failed or the failure is not worth retrying
     */
    public byte[] get(String source, URI address) throws FeedException {
        Failure last = null;
        for (int attempt = 1; attempt <= limits.attempts(); attempt++) {
            if (attempt > 1) {
                pause(source, limits.backoffBefore(attempt));
            }
            try {
                return once(source, address);
            } catch (Failure failure) {
                if (!failure.worthRetrying) {
                    throw new FeedException(failure.getMessage(), failure.getCause());
                }
                last = failure;
            }
        }
        String tries = limits.attempts() > 1 ? " (tried " + limits.attempts() + " times)" : "";
        throw new FeedException(last.getMessage() + tries, last.getCause());
    }

    private byte[] once(String source, URI address) throws Failure, FeedException {
        HttpRequest request = HttpRequest.newBuilder(address)
                .GET()
                .timeout(limits.readTimeout())
                .header("User-Agent", USER_AGENT)
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, LimitedBody.handler(limits.maxBytes()));
        HttpResponse<byte[]> response;
        try {
            // The request timeout covers waiting for the headers only; this also bounds a body that trickles.
            Duration whole = limits.connectTimeout().plus(limits.readTimeout());
            response = exchange.get(whole.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw Failure.retry(source + " did not send its whole answer within " + seconds(limits.readTimeout()), e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FeedException("Fetching from " + source + " was interrupted", e);
        } catch (ExecutionException e) {
            throw explain(source, address, e.getCause());
        }
        return checkStatus(source, response);
    }

    private static byte[] checkStatus(String source, HttpResponse<byte[]> response) throws Failure {
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response.body();
        }
        String message = source + " answered HTTP " + status;
        // 5xx, 408 Request Timeout and 429 Too Many Requests say "later"; other answers will not change.
        if (status / 100 == 5 || status == 408 || status == 429) {
            throw Failure.retry(message, null);
        }
        if (status / 100 == 3) {
            throw Failure.stop(message + ", a redirect that is not followed (check the address)", null);
        }
        throw Failure.stop(message, null);
    }

    private Failure explain(String source, URI address, Throwable cause) {
        if (cause instanceof LimitedBody.TooLarge) {
            return Failure.stop("The response from " + source + " is larger than " + size(limits.maxBytes())
                    + ", so it was not read to the end and not used", cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return Failure.retry(source + " did not accept a connection within " + seconds(limits.connectTimeout()),
                    cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return Failure.retry(source + " did not answer within " + seconds(limits.readTimeout()), cause);
        }
        if (hasCause(cause, UnresolvedAddressException.class)) {
            return Failure.retry(source + " could not be reached: the name " + address.getHost()
                    + " could not be looked up", cause);
        }
        if (cause instanceof ConnectException) {
            String detail = deepestMessage(cause, "connection refused").toLowerCase(Locale.ROOT);
            return Failure.retry(source + " could not be reached at " + address.getHost()
                    + (address.getPort() > 0 ? ":" + address.getPort() : "") + " (" + detail + ")", cause);
        }
        if (cause instanceof IOException) {
            return Failure.retry("The connection to " + source + " broke off before the answer was complete ("
                    + cause.getMessage() + ")", cause);
        }
        return Failure.stop("Fetching from " + source + " failed unexpectedly: " + cause, cause);
    }

    private void pause(String source, Duration backoff) throws FeedException {
        try {
            sleeper.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("Fetching from " + source + " was interrupted", e);
        }
    }

    /** The JDK wraps "Connection refused" in a ConnectException without a message of its own. */
    private static String deepestMessage(Throwable failure, String fallback) {
        String message = fallback;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    public static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " kB" : bytes + " bytes";
    }

    /** One try's failure, and whether another try may help. */
    private static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        final boolean worthRetrying;

        private Failure(String message, Throwable cause, boolean worthRetrying) {
            super(message, cause);
            this.worthRetrying = worthRetrying;
        }

        static Failure retry(String message, Throwable cause) {
            return new Failure(message, cause, true);
        }

        static Failure stop(String message, Throwable cause) {
            return new Failure(message, cause, false);
        }
    }
}
