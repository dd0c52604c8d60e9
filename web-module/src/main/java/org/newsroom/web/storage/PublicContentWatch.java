package org.newsroom.web.storage;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.newsroom.news.article.Article;

/**
 * Moves the {@link ContentGeneration} on for every transaction that writes anything readers may
 * see: articles and their lists, sections, images, bylines' accounts, exchange rates. Watching the
 * persistence unit rather than the EJBs means no write path can forget to invalidate the page cache.
 * {@code web.storage.SessionSetup} adds it to the session before EclipseLink logs in.
 *
 * <p>When: once as the changes are computed (inside the transaction) and again once the unit of
 * work is done with the committed transaction. The second move is the one that matters: a page
 * rendered from the old rows between the first move and the commit is stored under a generation
 * that the second move has already retired.
 */
public class PublicContentWatch extends SessionEventAdapter {

    /** Where EclipseLink puts the computed changes on this event. */
    private static final String CHANGE_SET = "UnitOfWorkChangeSet";
    private static final String TOUCHED_PUBLIC_CONTENT = PublicContentWatch.class.getName();

    /** Written often and never shown to readers: leaving them out keeps the cache warm while staff work. */
    private static final Set<String> PRIVATE = Set.of(
            "org.newsroom.news.audit.AuditEntry",
            "org.newsroom.news.editlock.EditLock",
            "org.newsroom.news.workingcopy.WorkingCopy",
            "org.newsroom.news.revision.Revision",
            "org.newsroom.rates.fetch.lock.RatesFetchLock");

    @Override
    public void postCalculateUnitOfWorkChangeSet(SessionEvent event) {
        if (event.getProperty(CHANGE_SET) instanceof UnitOfWorkChangeSet changes
                && event.getSession() instanceof UnitOfWork unitOfWork && touchesPublicContent(changes, unitOfWork)) {
            unitOfWork.setProperty(TOUCHED_PUBLIC_CONTENT, ChangeDescription.of(changes, PRIVATE, unitOfWork));
            ContentGeneration.advance();
        }
    }

    /** Under JTA this comes before the transaction commits: only this instance's generation moves here. */
    @Override
    public void postCommitUnitOfWork(SessionEvent event) {
        if (event.getSession() instanceof UnitOfWork unitOfWork && unitOfWork.getProperty(TOUCHED_PUBLIC_CONTENT) != null) {
            ContentGeneration.advance();
        }
    }

    /** After the transaction is done with: the change is committed, and the cluster and the front cache hear of it, once. */
    @Override
    public void postReleaseUnitOfWork(SessionEvent event) {
        if (event.getSession() instanceof UnitOfWork unitOfWork
                && unitOfWork.getProperty(TOUCHED_PUBLIC_CONTENT) instanceof PublicChange change) {
            unitOfWork.removeProperty(TOUCHED_PUBLIC_CONTENT);
            ContentGeneration.committed(change);
        }
    }

    static boolean touchesPublicContent(UnitOfWorkChangeSet changes, UnitOfWork unitOfWork) {
        return Stream.concat(keys(changes.getAllChangeSets()), keys(changes.getDeletedObjects()))
                .anyMatch(change -> !PRIVATE.contains(change.getClassName()) && !newAndUnpublished(change, unitOfWork));
    }

    /**
     * A new article that is not published (a draft's first save, an article scheduled for later): only staff see
     * it, so readers' pages stay cached here and in the front. Its later saves count (an unpublish leaves an
     * article a draft too, and which it was is not in the change).
     */
    private static boolean newAndUnpublished(ObjectChangeSet change, UnitOfWork unitOfWork) {
        return change.isNew() && Article.class.getName().equals(change.getClassName())
                && ChangeDescription.written(change, unitOfWork) instanceof Article article && !article.isPublished();
    }

    private static Stream<ObjectChangeSet> keys(Map<?, ?> changeSets) {
        return changeSets == null ? Stream.empty() : changeSets.keySet().stream().map(ObjectChangeSet.class::cast);
    }
}
