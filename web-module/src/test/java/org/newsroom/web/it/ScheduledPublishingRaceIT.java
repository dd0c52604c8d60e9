package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.workflow.DuePublications;

/**
 * Two (here: four) instances' timers fire at the same moment for the same overdue article: the
 * database lets exactly one publish it, and the audit log shows one publication.
 */
class ScheduledPublishingRaceIT extends InsideTheServer {

    @Inject
    private DuePublications due;

    @Inject
    private ScheduledFixture fixture;

    @Test
    void racingTimersPublishAnOverdueArticleExactlyOnce() throws Exception {
        long id = fixture.overdueArticle("Racing timers " + System.nanoTime());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService timers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = IntStream.range(0, 4)
                    .mapToObj(n -> timers.submit((Callable<Integer>) () -> {
                        start.await();
                        return due.publishDue();
                    }))
                    .toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            timers.shutdownNow();
        }
        // The application's own 15-second timer may be one of the racers: count what the database says.
        assertEquals(ArticleStatus.PUBLISHED, fixture.statusOf(id));
        assertEquals(1, fixture.publicationsRecordedFor(id), "published exactly once");
    }
}
