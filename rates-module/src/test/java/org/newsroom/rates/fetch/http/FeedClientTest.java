package org.newsroom.rates.fetch.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.feed.FeedException;
import org.newsroom.rates.fetch.TestFeedServer;

class FeedClientTest {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final byte[] OK_BODY = "<rates/>".getBytes(StandardCharsets.UTF_8);

    private final TestFeedServer server = new TestFeedServer();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Short timeouts keep the suite fast; the pauses between tries are recorded, not waited for. */
    private FeedClient client(int attempts) {
        return new FeedClient(new FetchLimits(Duration.ofSeconds(1), Duration.ofMillis(300),
                FetchLimits.DEFAULT_MAX_BYTES, attempts, Duration.ofSeconds(1)), pauses::add);
    }

    @Test
    void returnsTheBodyOfA200AsRawBytes() throws Exception {
        byte[] windows1251 = "<x>Курс</x>".getBytes("windows-1251");
        server.on("/ok", exchange -> TestFeedServer.send(exchange, 200, windows1251));
        assertArrayEquals(windows1251, client(3).get("NBKR", server.uri("/ok")));
    }

    @Test
    void http500IsRetriedAndThenReportedInPlainWords() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/broken", exchange -> {
            calls.incrementAndGet();
            TestFeedServer.send(exchange, 500, "Internal error".getBytes(StandardCharsets.UTF_8));
        });

        FeedException e = assertThrows(FeedException.class, () -> client(3).get("NBK", server.uri("/broken")));

        assertEquals("NBK answered HTTP 500 (tried 3 times)", e.getMessage());
        assertEquals(3, calls.get());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), pauses, "1 s, then doubled");
    }

    @Test
    void aClientErrorIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        server.on("/missing", exchange -> {
            calls.incrementAndGet();
            TestFeedServer.send(exchange, 404, new byte[0]);
        });

        FeedException e = assertThrows(FeedException.class, () -> client(3).get("CBU", server.uri("/missing")));

        assertEquals("CBU answered HTTP 404", e.getMessage());
        assertEquals(1, calls.get());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void retriesThenSucceeds() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.on("/flaky", exchange -> {
            if (calls.incrementAndGet() < 3) {
                TestFeedServer.send(exchange, 503, new byte[0]);
            } else {
                TestFeedServer.send(exchange, 200, OK_BODY);
            }
        });

        assertArrayEquals(OK_BODY, client(3).get("NBT", server.uri("/flaky")));
        assertEquals(3, calls.get());
        assertEquals(2, pauses.size());
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("/slow", exchange -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(FeedException.class, () -> client(2).get("NBK", server.uri("/slow"))));
            assertEquals("NBK did not answer within 300 ms (tried 2 times)", e.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBodyThatTricklesPastTheDeadlineIsATimeoutToo() {
        server.on("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) {
                    out.write('<');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException | IOException e) {
                // the client gave up, as it should
            }
        });
        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedException.class, () -> client(1).get("NBK", server.uri("/trickle"))));
        assertEquals("NBK did not send its whole answer within 300 ms", e.getMessage());
    }

    @Test
    void anEmptyBodyComesBackEmptyForTheParserToReport() throws Exception {
        server.on("/empty", exchange -> TestFeedServer.send(exchange, 200, new byte[0]));
        assertEquals(0, client(3).get("NBK", server.uri("/empty")).length);
    }

    @Test
    void aStreamedFiftyMegabyteBodyIsAbandonedAtTheLimit() {
        AtomicLong written = new AtomicLong();
        CountDownLatch serverDone = new CountDownLatch(1);
        server.on("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < FIFTY_MB) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client closed the connection
            } finally {
                serverDone.countDown();
            }
        });

        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedException.class, () -> client(3).get("NBK", server.uri("/huge"))));

        assertEquals("The response from NBK is larger than 2 MB, so it was not read to the end and not used",
                e.getMessage());
        assertTrue(pauses.isEmpty(), "a body too large is not retried");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> serverDone.await());
        assertTrue(written.get() < FIFTY_MB / 2,
                "the client stopped reading long before the end, the server wrote " + written.get() + " bytes");
    }

    @Test
    void aDeclaredFiftyMegabyteBodyIsRefusedWithoutReadingIt() {
        AtomicLong written = new AtomicLong();
        server.on("/declared", exchange -> {
            exchange.sendResponseHeaders(200, FIFTY_MB);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                while (written.get() < FIFTY_MB) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                // the client closed the connection
            }
        });

        FeedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FeedException.class, () -> client(3).get("CBU", server.uri("/declared"))));

        assertTrue(e.getMessage().startsWith("The response from CBU is larger than 2 MB"), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsRetriedAndReported() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/rates");

        FeedException e = assertThrows(FeedException.class, () -> client(3).get("NBKR", nowhere));

        assertTrue(e.getMessage().startsWith("NBKR could not be reached at 127.0.0.1:" + closedPort + " ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(tried 3 times)"), e.getMessage());
        assertEquals(2, pauses.size());
    }

    @Test
    void theRealPauseDoublesFromTheFirstBackoff() {
        FetchLimits limits = new FetchLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 1, 4, Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(1), limits.backoffBefore(2));
        assertEquals(Duration.ofSeconds(2), limits.backoffBefore(3));
        assertEquals(Duration.ofSeconds(4), limits.backoffBefore(4));
    }

    @Test
    void sizesAndDurationsAreWrittenForPeople() {
        assertEquals("2 MB", FeedClient.size(2L * 1024 * 1024));
        assertEquals("512 kB", FeedClient.size(512L * 1024));
        assertEquals("1000 bytes", FeedClient.size(1000));
        assertEquals("10 s", FeedClient.seconds(Duration.ofSeconds(10)));
        assertEquals("250 ms", FeedClient.seconds(Duration.ofMillis(250)));
    }
}
