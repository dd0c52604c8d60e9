package org.newsroom.news.editlock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Who has an article open in the editor: one row per article at most (the article id is the key).
 * Soft: it stops nobody from saving (saves are guarded by the article's version); it tells others who
 * is at work, and it lapses when its holder's heartbeats stop ({@link LockRules}). Times are UTC.
 */
@Entity
@Table(name = "EDIT_LOCK")
public class EditLock {

    @Id
    @Column(name = "ARTICLE_ID", nullable = false, updatable = false)
    private Long articleId;

    @Column(name = "HOLDER_USERNAME", nullable = false, length = 60)
    private String holderUsername;

    /** The display name shown to others, kept so "… is editing" needs no second look-up. */
    @Column(name = "HOLDER_NAME", nullable = false, length = 120)
    private String holderName;

    /** When the present holder opened the article. */
    @Column(name = "SINCE", nullable = false)
    private LocalDateTime since;

    @Column(name = "HEARTBEAT_AT", nullable = false)
    private LocalDateTime heartbeatAt;

    protected EditLock() {
        // for JPA
    }

    public EditLock(long articleId, String holderUsername, String holderName, LocalDateTime now) {
        this.articleId = articleId;
        handTo(holderUsername, holderName, now);
    }

    /** The holder is still there: the lock lives on from {@code now}. */
    public void refresh(LocalDateTime now) {
        this.heartbeatAt = Objects.requireNonNull(now, "now");
    }

    /** A new holder from {@code now} (an expired lock reused, or a take-over). */
    public void handTo(String username, String displayName, LocalDateTime now) {
        this.holderUsername = Objects.requireNonNull(username, "username");
        this.holderName = displayName == null || displayName.isBlank() ? username : displayName;
        this.since = Objects.requireNonNull(now, "now");
        this.heartbeatAt = now;
    }

    public boolean isHeldBy(String username) {
        return holderUsername.equals(username);
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getHolderUsername() {
        return holderUsername;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalDateTime getSince() {
        return since;
    }

    public LocalDateTime getHeartbeatAt() {
        return heartbeatAt;
    }
}
