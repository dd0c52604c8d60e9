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
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.ArticleTeaser;
import org.newsroom.news.article.Excerpt;

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

    private static final int BATCH = 500;
    private static final LocalDateTime BEFORE_EVERYTHING = LocalDateTime.of(1900, 1, 1, 0, 0);
    private static final java.time.Duration LOOK_BACK = java.time.Duration.ofMinutes(5);

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private TimerService timers;

    private final ReentrantLock syncing = new ReentrantLock();
    private volatile LocalDateTime seenUpTo = BEFORE_EVERYTHING;
    private volatile String seenFingerprint = "";
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
        catchUp();
    }

    public SearchResults search(String text, int first, int max) {
        catchUp();
        SearchHits hits = index.search(text, first, max);
        return new SearchResults(teasers(hits.ids()), hits.total(), hits.terms());
    }

    /** The reader's words as the index splits them: what the results page highlights. */
    public List<String> terms(String text) {
        return index.terms(text);
    }

    private void catchUp() {
        // Any save, publish or unpublish raises a version: an unchanged fingerprint means nothing to do.
        String fingerprint = Arrays.toString(em.createQuery(
                "select max(a.updatedAt), sum(a.version), count(a) from Article a", Object[].class).getSingleResult());
        if (fingerprint.equals(seenFingerprint)) {
            return;
        }
        syncing.lock();
        try {
            // Transactions can commit out of timestamp order: look back a little; re-applying is harmless.
            LocalDateTime since = seenUpTo.minus(LOOK_BACK);
            LocalDateTime newest = seenUpTo;
            List<Article> changed;
            int first = 0;
            do {
                changed = em.createQuery("select a from Article a where a.updatedAt >= :since"
                                + " order by a.updatedAt, a.id", Article.class)
                        .setParameter("since", since)
                        .setFirstResult(first)
                        .setMaxResults(BATCH)
                        .getResultList();
                index.apply(changed.stream().map(Search::searchable).toList());
                for (Article article : changed) {
                    newest = article.getUpdatedAt().isAfter(newest) ? article.getUpdatedAt() : newest;
                }
                first += changed.size();
                em.clear();
            } while (changed.size() == BATCH);
            seenUpTo = newest;
            seenFingerprint = fingerprint;
        } finally {
            syncing.unlock();
        }
    }

    private static SearchableArticle searchable(Article article) {
        return new SearchableArticle(article.getId(), article.getTitle(), article.getExplicitExcerpt(),
                Excerpt.plainText(article.getBody()), article.getStatus() == ArticleStatus.PUBLISHED,
                article.getPublishedAt(), article.getUpdatedAt());
    }

    /** Teasers in the index's order, published ones only: an unpublish is honoured even mid-sync. */
    private List<ArticleTeaser> teasers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleTeaser> byId = em.createQuery("select a from Article a where a.id in :ids"
                        + " and a.status = :published", Article.class)
                .setParameter("ids", ids)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toMap(Article::getId, a -> new ArticleTeaser(a.getTitle(), a.getSlug(), a.excerpt(),
                        a.getPublishedAt()), (x, y) -> x));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
