package org.newsroom.news.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Excerpt;
import org.newsroom.news.article.Teasers;
import org.newsroom.news.edition.Edition;

/**
 * Search for readers. Each instance keeps its own Lucene index (files in a temporary directory,
 * so it lives outside the heap) in step with the database: before answering, it takes in every
 * article changed since the last change it saw — one cheap query when nothing changed — so a
 * publish or unpublish anywhere in the cluster shows in the very next search. Results are read back
 * from the database, published only.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Search {

    private static final Logger LOG = Logger.getLogger(Search.class.getName());
    private static final int BATCH = 500;
    private static final LocalDateTime BEFORE_EVERYTHING = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final java.time.Duration LOOK_BACK = java.time.Duration.ofMinutes(5);
    private static final java.time.Duration RECHECK = java.time.Duration.ofSeconds(10);

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private TimerService timers;

    private final ReentrantLock syncing = new ReentrantLock();
    private volatile LocalDateTime seenUpTo = BEFORE_EVERYTHING;
    private volatile String seenFingerprint = "";
    private volatile long nextLookBack = System.nanoTime();
    private Path directory;
    private ArticleSearchIndex index;

    @PostConstruct
    void open() {
        try {
            directory = Files.createTempDirectory("newsroom-search");
            index = new ArticleSearchIndex(FSDirectory.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the search index directory", e);
        }
        // Build the index soon after start, off the deployment's path.
        timers.createSingleActionTimer(2000, new TimerConfig("search index: first build", false));
    }

    @Timeout
    void firstBuild() {
        long start = System.nanoTime();
        catchUp();
        LOG.info(() -> "Search index built in " + (System.nanoTime() - start) / 1_000_000_000 + " s");
    }

    /** The published articles of {@code edition} with all the reader's words, best match first. */
    public SearchResults search(String text, Edition edition, int first, int max) {
        catchUp();
        SearchHits hits = index.search(text, edition, first, max);
        return new SearchResults(teasers(hits.ids()), hits.total(), new SearchTerms(hits.terms()));
    }

    /** The reader's words as the index splits them: what the results page highlights. */
    public SearchTerms terms(String text) {
        return new SearchTerms(index.terms(text));
    }

    private void catchUp() {
        // Every save, publish or unpublish moves updatedAt forward and every new article the count;
        // both come straight from an index, so an unchanged fingerprint costs next to nothing.
        String fingerprint = Arrays.toString(em.createQuery(
                "select max(a.updatedAt), count(a) from Article a", Object[].class).getSingleResult());
        // A transaction that commits after a later-stamped one leaves the fingerprint unchanged: the
        // periodic look-back (a few recent rows) picks it up within RECHECK.
        if (upToDate(fingerprint)) {
            return;
        }
        if (!awaitSyncing()) {
            return;
        }
        try {
            if (upToDate(fingerprint)) {
                return;  // another search caught up while this one waited
            }
            // Transactions can commit out of timestamp order: look back a little; re-applying is harmless.
            LocalDateTime since = seenUpTo.minus(LOOK_BACK);
            LocalDateTime newest = seenUpTo;
            // Batches follow (updatedAt, id), the order of ARTICLE_UPDATED_IDX: each batch starts where the
            // last one ended, so the first build of a large archive reads every row once, not once per batch.
            LocalDateTime afterTime = since;
            long afterId = -1;
            List<Article> changed;
            do {
                changed = em.createQuery("select a from Article a where a.updatedAt >= :time"
                                + " and (a.updatedAt > :time or a.id > :id) order by a.updatedAt, a.id", Article.class)
                        .setParameter("time", afterTime)
                        .setParameter("id", afterId)
                        .setMaxResults(BATCH)
                        .getResultList();
                index.apply(changed.stream().map(Search::searchable).toList());
                for (Article article : changed) {
                    newest = article.getUpdatedAt().isAfter(newest) ? article.getUpdatedAt() : newest;
                    afterTime = article.getUpdatedAt();
                    afterId = article.getId();
                }
                em.clear();
            } while (changed.size() == BATCH);
            seenUpTo = newest;
            seenFingerprint = fingerprint;
            nextLookBack = System.nanoTime() + RECHECK.toNanos();
        } finally {
            syncing.unlock();
        }
    }

    /**
     * Another search may be catching up; that takes milliseconds, except for the first build of a
     * large archive (about two minutes at 100,000 articles). Readers are not kept waiting for that:
     * after a moment they get results from the index as it stands.
     */
    private boolean awaitSyncing() {
        try {
            return syncing.tryLock(2, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean upToDate(String fingerprint) {
        return fingerprint.equals(seenFingerprint) && System.nanoTime() - nextLookBack < 0;
    }

    private static SearchableArticle searchable(Article article) {
        return new SearchableArticle(article.getId(), article.getTitle(), article.getExplicitExcerpt(),
                Excerpt.plainText(article.getBody()), article.getStatus() == ArticleStatus.PUBLISHED,
                article.getPublishedAt(), article.getUpdatedAt(), Edition.ofLanguage(article.getLanguage()));
    }

    /** Teasers in the index's order, published ones only: an unpublish is honoured even mid-sync. */
    private List<ArticleTeaser> teasers(List<Long> ids) {
        return Teasers.publishedInOrder(em, ids);
    }

    @PreDestroy
    void close() {
        index.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the operating system cleans it up too
        }
    }
}
