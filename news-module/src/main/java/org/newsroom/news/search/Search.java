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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Excerpt;
import org.newsroom.news.article.Teasers;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.settings.Settings;

/**
 * Search for readers. Each node keeps its own Lucene index on its disk ({@link SearchLocation}), which
 * survives restarts: at start the node answers searches from it at once while {@link IndexCatchUp}
 * re-indexes, in the background, only what changed while it was down (a new node, or a new index layout,
 * indexes everything that way, newest first, and says so on the results page meanwhile). While running,
 * before answering, it takes in every article changed since the last change it saw — one cheap query when
 * nothing changed — so a publish or unpublish anywhere in the cluster shows in the very next search.
 * Results are read back from the database, published only.
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
    /** Until the start's catch-up has finished, searches neither wait for it nor catch up themselves. */
    private volatile boolean caughtUp;
    private volatile boolean complete;
    private ArticleSearchIndex index;

    @PostConstruct
    void open() {
        SearchLocation.Opened opened = SearchLocation.openFreeSlot(SearchLocation.directory(Settings.fromConfig()));
        index = opened.index();
        complete = IndexState.from(index.commitData()).complete();
        LOG.info(() -> "Search index in " + opened.folder() + ": " + index.size() + " articles"
                + (complete ? ", brought up to date in the background" : ", being built in the background"));
        // Catch up at once, on a timer thread, off the deployment's path (a small newsroom is done before the
        // deployment is); the index answers meanwhile.
        timers.createSingleActionTimer(100, new TimerConfig("search index: catch up after start", false));
    }

    /**
     * Outside a transaction: a first build at 100,000 articles reads for a couple of minutes, longer than a
     * server's transaction timeout (WildFly: 300 s by default) might allow, and each batch is committed to
     * the index as it goes, so nothing needs rolling back.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUpAfterStart() {
        long start = System.nanoTime();
        syncing.lock();
        try {
            // Changes made while this catch-up runs are taken in by the next search's look-back from here.
            LocalDateTime newest = em.createQuery("select max(a.updatedAt) from Article a", LocalDateTime.class)
                    .getSingleResult();
            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, new DatabaseArticleRows(em)).run();
            seenUpTo = newest == null ? BEFORE_EVERYTHING : newest;
            complete = true;
            caughtUp = true;
            LOG.info(() -> String.format("Search index %s in %d ms: %d articles kept, %d indexed, %d removed",
                    outcome.reused() ? "reused and brought up to date" : "built", (System.nanoTime() - start) / 1_000_000,
                    outcome.kept(), outcome.indexed(), outcome.removed()));
        } catch (RuntimeException failure) {
            // e.g. the database is away at start: searches keep answering from the index; try again shortly
            LOG.log(Level.WARNING, "Search index not brought up to date; trying again in 30 s", failure);
            timers.createSingleActionTimer(30_000, new TimerConfig("search index: catch up after start", false));
        } finally {
            syncing.unlock();
        }
    }

    /** The published articles of {@code edition} with all the reader's words, best match first. */
    public SearchResults search(String text, Edition edition, int first, int max) {
        if (caughtUp) {
            catchUp();
        }
        SearchHits hits = index.search(text, edition, first, max);
        return new SearchResults(teasers(hits.ids()), hits.total(), new SearchTerms(hits.terms()), complete);
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
                index.apply(changed.stream().map(Search::searchable).toList(), index.commitData());
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

    static SearchableArticle searchable(Article article) {
        return new SearchableArticle(article.getId(), article.getTitle(), article.getExplicitExcerpt(),
                Excerpt.plainText(article.getBody()), article.getStatus() == ArticleStatus.PUBLISHED,
                article.getPublishedAt(), article.getUpdatedAt(), article.getVersion(),
                Edition.ofLanguage(article.getLanguage()));
    }

    /** Teasers in the index's order, published ones only: an unpublish is honoured even mid-sync. */
    private List<ArticleTeaser> teasers(List<Long> ids) {
        return Teasers.publishedInOrder(em, ids);
    }

    @PreDestroy
    void close() {
        // Every batch was committed as it was applied: closing only releases the folder for the next start.
        index.close();
    }
}
