package org.newsroom.deployment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waiting for a server to answer, without a fixed sleep. */
final class Http {

    /** Every page of the application carries the ticker. */
    static final String APPLICATION_MARK = "class=\"ticker\"";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Polls until the application itself answers 200 at {@code uri} or the time is up; returns the
     * last status (or -1). Payara Server serves its own welcome page at / for a while after a
     * restart, so a 200 only counts once the page is the newsroom's.
     */
    static int awaitOk(URI uri, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = get(uri);
                status = response.statusCode();
                if (status == 200 && response.body().contains(APPLICATION_MARK)) {
                    return status;
                }
            } catch (IOException notYet) {
                status = -1;
            }
            Thread.sleep(1000);
        }
        return status;
    }
}
