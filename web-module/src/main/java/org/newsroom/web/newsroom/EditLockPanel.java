package org.newsroom.web.newsroom;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.newsroom.news.editing.EditLocks;
import org.newsroom.news.editing.LockStatus;
import org.newsroom.web.site.OutletTime;

/**
 * The soft lock of the article being edited, as WordPress has it: opening an article someone else
 * is editing says who and since when, with a take-over; a heartbeat keeps the lock while the page
 * is open. Saving is still guarded by the article's version, whatever the lock says.
 */
@Named
@ViewScoped
public class EditLockPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EditLocks locks;

    private Long articleId;
    private LockStatus lock;

    /** Called by the editor once the member of staff may edit the article. */
    void open(long id) {
        articleId = id;
        lock = locks.open(id);
    }

    public void heartbeat() {
        if (articleId == null || lock == null || !lock.mine()) {
            return;
        }
        lock = locks.heartbeat(articleId);
        if (!lock.mine()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    lock.holderName() + " took over this article. Your unsaved text is still here; copy it before leaving.",
                    null));
        }
    }

    public void takeOver() {
        lock = locks.takeOver(articleId);
    }

    public boolean isLockedByOther() {
        return lock != null && !lock.mine();
    }

    public boolean isMine() {
        return lock != null && lock.mine();
    }

    public String getMessage() {
        return lock == null || lock.mine() ? null
                : lock.holderName() + " is editing since " + OutletTime.describe(lock.since());
    }

    public long getHeartbeatSeconds() {
        return Math.max(5, locks.heartbeatInterval().toSeconds());
    }
}
