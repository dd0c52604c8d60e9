package org.newsroom.news.workingcopy;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A working copy offered back to its author. Times are UTC.
 *
 * @param articleId null for a new article that was never saved
 * @param note      where it came from when not typed, e.g. "Revision 3" restored into the editor
 */
public record WorkingCopyView(Long articleId, WorkingText text, LocalDateTime savedAt, String note) implements Serializable {

    /** The article version the text was typed over; a save of it over a newer one is refused as stale. */
    public long basedOnVersion() {
        return text.edit().basedOnVersion();
    }
}
