package org.newsroom.news.article;

import java.time.LocalDateTime;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/**
 * A save based on a version somebody else has since replaced: refused, never overwriting theirs.
 * Says who saved in between and when (UTC), so the editor can compare and merge by hand.
 */
public class StaleEdit extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final LocalDateTime savedAt;
    private final long currentVersion;

    public StaleEdit(String savedBy, LocalDateTime savedAt, long currentVersion) {
        super(Reason.CONFLICT, null, Wording.refusal("article.stale", savedBy));
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.currentVersion = currentVersion;
    }

    public String savedBy() {
        return savedBy;
    }

    public LocalDateTime savedAt() {
        return savedAt;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
