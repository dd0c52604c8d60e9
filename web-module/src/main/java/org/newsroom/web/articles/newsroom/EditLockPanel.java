package org.newsroom.web.articles.newsroom;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.newsroom.news.editlock.EditLocks;
import org.newsroom.news.editlock.LockStatus;
import org.newsroom.web.faces.StaffTexts;
import org.primefaces.PrimeFaces;

/**
 * The soft lock of the article being edited, as WordPress has it: opening an article someone else
 * is editing says who and since when, with a take-over; a heartbeat keeps the lock while the page
 * is open. While someone else holds it this page offers no action that changes the article (save,
 * publish, schedule, send back...): the editor takes over first. Saving is still guarded by the
 * article's version too, whatever the lock says.
 */
@Named
@ViewScoped
public class EditLockPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditLocks locks;

    private Long articleId;
    private LockStatus lock;
    /** Set when the lock was ours and someone took it while the page was open. */
    private boolean lost;

    /** Called by the editor once the member of staff may edit the article. */
    void open(long id) {
        articleId = id;
        lock = locks.open(id);
        lost = false;
    }

    /** The page's periodic "still here"; re-renders the publish box only when the answer changed. */
    public void heartbeat() {
        if (articleId == null || lock == null || !lock.mine()) {
            return;
        }
        if (!stillMine()) {
            PrimeFaces.current().ajax().update("editor:lockPanel", "editor:actionPanel", "editor:messages");
        }
    }

    /**
     * Asked before every change from this page: refreshes our lock and says whether we still hold it
     * (false: someone took over since the last heartbeat, and the page now says so).
     */
    boolean stillMine() {
        if (articleId == null || lock == null) {
            return true;
        }
        if (!lock.mine()) {
            return false;
        }
        lock = locks.heartbeat(articleId);
        lost = !lock.mine();
        return lock.mine();
    }

    /** The caller may no longer edit the article (it went to review, say): others need not take over. */
    void release() {
        if (articleId != null && isMine()) {
            locks.release(articleId);
        }
        lock = null;
        lost = false;
    }

    public void takeOver() {
        lock = locks.takeOver(articleId);
        lost = false;
    }

    public boolean isLockedByOther() {
        return lock != null && !lock.mine();
    }

    public boolean isMine() {
        return lock != null && lock.mine();
    }

    public boolean isLost() {
        return lost && isLockedByOther();
    }

    public String getMessage() {
        if (!isLockedByOther()) {
            return null;
        }
        return StaffTexts.text(lost ? "editor.lock.lost" : "editor.lock.held", lock.holderName(),
                StaffTexts.moment(lock.since()));
    }

    public long getHeartbeatSeconds() {
        return Math.max(5, locks.heartbeatInterval().toSeconds());
    }
}
