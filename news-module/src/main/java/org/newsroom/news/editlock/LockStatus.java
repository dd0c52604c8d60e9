package org.newsroom.news.editlock;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The answer to opening, heartbeating or taking over an article: either the caller holds its lock now,
 * or someone else does and the page shows "{@code holderName} is editing since {@code since}" with a
 * take-over button. Times are UTC.
 *
 * @param articleId          the article
 * @param state              what happened
 * @param holderUsername     who holds the lock now (the caller when {@link #mine()})
 * @param holderName         their display name
 * @param since              when they opened the article
 * @param heartbeatAt        their last heartbeat
 * @param previousHolderName whose lock was taken over, with {@link State#TAKEN_OVER}; otherwise null
 */
public record LockStatus(long articleId, State state, String holderUsername, String holderName, LocalDateTime since,
                         LocalDateTime heartbeatAt, String previousHolderName) implements Serializable {

    public enum State {
        /** The caller got the lock (nobody held it, or it had lapsed). */
        ACQUIRED,
        /** The caller held it already; it lives on. */
        REFRESHED,
        /** The caller took it from {@link #previousHolderName()}. */
        TAKEN_OVER,
        /** Someone else holds it; nothing changed. On a heartbeat: someone took over. */
        HELD_BY_OTHER
    }

    /** Whether the caller holds the lock now and may go on editing undisturbed. */
    public boolean mine() {
        return state != State.HELD_BY_OTHER;
    }

    static LockStatus of(EditLock lock, State state, String previousHolderName) {
        return new LockStatus(lock.getArticleId(), state, lock.getHolderUsername(), lock.getHolderName(),
                lock.getSince(), lock.getHeartbeatAt(), previousHolderName);
    }
}
