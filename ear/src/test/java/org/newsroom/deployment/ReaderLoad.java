package org.newsroom.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Readers at a steady rate through the front, each request for the next of a list of reader pages, for a
 * bounded time, every answer kept with when it was asked (ms since the load began): a status, or -1 for no answer.
 */
final class ReaderLoad {

    record Answer(long askedAtMillis, int status, long tookMillis) {
        boolean failed() {
            return status < 0 || status >= 500;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong sent = new AtomicLong();
    private long startedNanos;
    private long durationMillis;

    /** Starts asking {@code perSecond} times a second, round the given pages, until {@link #stop()} or {@code duration}. */
    void start(URI front, List<String> pages, int perSecond, Duration duration) {
        startedNanos = System.nanoTime();
        durationMillis = duration.toMillis();
        long periodMicros = 1_000_000L / perSecond;
        long total = duration.toSeconds() * perSecond;
        ticker.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            long asked = elapsedMillis();
            long at = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(front.resolve(pages.get((int) (n % pages.size()))))
                    .timeout(Duration.ofSeconds(10)).header("Accept-Encoding", "gzip").build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) ->
                    answers.add(new Answer(asked, failure == null ? response.statusCode() : -1,
                            (System.nanoTime() - at) / 1_000_000)));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    long elapsedMillis() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Waits for the load's time to run out, then for the last requests' answers (at most their timeout). */
    List<Answer> finish(long expected) throws InterruptedException {
        long left = durationMillis - elapsedMillis();
        if (left > 0) {
            Thread.sleep(left);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (answers.size() < Math.min(expected, sent.get()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        return List.copyOf(answers);
    }

    static Map<Integer, Integer> byStatus(List<Answer> answers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return counts;
    }
}
