package org.newsroom.news.media;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/**
 * An image the database has but whose file this node cannot see (yet): in a cluster, the shared media folder
 * is not mounted here, or a network file system has not shown this node a file another node has just
 * written. Not a 404 — the image exists — but "try again in a moment" (503), which no cache keeps.
 */
public class MediaFileMissing extends Refusal {

    private static final long serialVersionUID = 1L;

    public MediaFileMissing(long id) {
        super(Reason.NOT_STORED, null, Wording.refusal("media.file.unreadable", String.valueOf(id)));
    }
}
