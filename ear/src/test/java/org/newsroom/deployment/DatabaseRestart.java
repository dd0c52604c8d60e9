package org.newsroom.deployment;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsroom.web.it.StaffClient;

/**
 * Light load through a PostgreSQL restart: one reader asking for the homepage and a signed-in
 * editor creating a draft, each a few times a second, before, during and after the restart, with
 * the database down for several seconds in the middle (a restart that takes a while, as a real one
 * with recovery does; longer than EclipseLink's own reconnect attempts). Records what each was answered, and when saves worked again.
 */
final class DatabaseRestart {

    record Outcome(Map<Integer, Integer> readerAnswers, Map<Integer, Integer> saveAnswers, List<String> saveBodies,
                   Duration savesBackAfter, Duration readsBackAfter) {
        String figures() {
            return "readers answered " + readerAnswers + ", saves answered " + saveAnswers + "; saves worked again "
                    + savesBackAfter.toMillis() + " ms and uncached reads " + readsBackAfter.toMillis()
                    + " ms after PostgreSQL was back";
        }
    }

    private DatabaseRestart() {
    }

    static Outcome underLightLoad(URI base, StaffClient editor, Runnable stop, Duration down, Runnable start,
                                  Duration patience) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Integer> readers = new CopyOnWriteArrayList<>();
        List<Integer> saves = new CopyOnWriteArrayList<>();
        List<String> saveBodies = new CopyOnWriteArrayList<>();
        StaffClient reader = new StaffClient(base);
        reader.get("");  // the page cache holds the homepage from here on
        Thread readerThread = new Thread(() -> {
            while (running.get()) {
                try {
                    readers.add(reader.get("").statusCode());
                    Thread.sleep(200);
                } catch (Exception broken) {
                    readers.add(-1);
                }
            }
        });
        Thread editorThread = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                try {
                    HttpResponse<String> saved = editor.createDraft("Restart draft " + ++n, "<p>During a database restart.</p>", "kazakhstan");
                    saves.add(saved.statusCode());
                    if (saved.statusCode() != 201) {
                        saveBodies.add(saved.body());
                    }
                    Thread.sleep(300);
                } catch (Exception broken) {
                    saves.add(-1);
                }
            }
        });
        readerThread.start();
        editorThread.start();
        Thread.sleep(1500);
        stop.run();
        Thread.sleep(down.toMillis());
        start.run();
        Instant restarted = Instant.now();
        Duration savesBack = null;
        Duration readsBack = null;
        Instant deadline = restarted.plus(patience);
        while (Instant.now().isBefore(deadline) && (savesBack == null || readsBack == null)) {
            if (savesBack == null && editor.createDraft("After the restart", "<p>Saved.</p>", "kazakhstan").statusCode() == 201) {
                savesBack = Duration.between(restarted, Instant.now());
            }
            // A search is rendered from the database on every request (a new query each time: never cached).
            if (readsBack == null && reader.get("search?q=restart&n=" + System.nanoTime()).statusCode() == 200) {
                readsBack = Duration.between(restarted, Instant.now());
            }
            Thread.sleep(250);
        }
        Thread.sleep(1000);
        running.set(false);
        readerThread.join();
        editorThread.join();
        return new Outcome(histogram(readers), histogram(saves), saveBodies,
                savesBack == null ? patience.plusSeconds(1) : savesBack, readsBack == null ? patience.plusSeconds(1) : readsBack);
    }

    private static Map<Integer, Integer> histogram(List<Integer> statuses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
        return counts;
    }
}
