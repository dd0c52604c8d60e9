package org.newsroom.news.media;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** A change to a stored image that cannot be made as asked (an unknown image, a caption too long…). */
public class MediaRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public MediaRejected(Wording wording) {
        super(Reason.INVALID, null, wording);
    }
}
