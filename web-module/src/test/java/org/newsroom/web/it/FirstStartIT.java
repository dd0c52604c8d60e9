package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Accounts;
import org.newsroom.news.article.Articles;
import org.newsroom.news.setup.NewsFirstStart;
import org.newsroom.rates.rate.ExchangeRate;
import org.newsroom.rates.rate.ExchangeRates;
import org.newsroom.rates.setup.RatesFirstStart;
import org.newsroom.rates.ticker.Ticker;
import org.newsroom.rates.ticker.TickerItem;

/** An empty database was made useful at start-up, and doing it again changes nothing. */
class FirstStartIT extends InsideTheServer {

    @Inject
    private Articles articles;

    @Inject
    private Accounts accounts;

    @Inject
    private Ticker ticker;

    @Inject
    private ExchangeRates rates;

    @Inject
    private NewsFirstStart newsFirstStart;

    @Inject
    private RatesFirstStart ratesFirstStart;

    @Test
    void sampleArticlesAdminAndRatesAreThere() {
        assertTrue(articles.countPublished() >= 6, "the snapshot's six sample stories are published");
        assertTrue(articles.publishedBySlug("astana-and-tashkent-engage-washingtons-central-asia-vector").isPresent());
        assertTrue(accounts.findEnabled(NewsFirstStart.ADMIN_USERNAME).isPresent(), "the first admin exists");

        List<TickerItem> items = ticker.items();
        assertEquals(List.of("KGS", "KZT", "TJS", "UZS", "TMT"), items.stream().map(TickerItem::currency).toList());
        // The seeded quotes themselves, in the bank's digits (the ticker moves on as the tests' feeds are fetched).
        assertEquals(List.of(new BigDecimal("481.54"), new BigDecimal("478.77")),
                rates.history("KZT", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1)).stream()
                        .map(ExchangeRate::getQuote).toList());
    }

    @Test
    void preparingAgainConcurrentlySeedsNothingTwice() throws Exception {
        long articlesBefore = articles.countPublished();
        long ratesBefore = rates.count();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Void> prepare = () -> {
                newsFirstStart.prepare(null, true);
                ratesFirstStart.prepare();
                return null;
            };
            List<Future<Void>> runs = pool.invokeAll(List.of(prepare, prepare));
            for (Future<Void> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertEquals(articlesBefore, articles.countPublished());
        assertEquals(ratesBefore, rates.count());
    }
}
