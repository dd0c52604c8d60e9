package org.newsroom.news.media;

import org.newsroom.news.refusal.Refusal;

/** A change to a stored image that cannot be made as asked (an unknown image, a caption too long…). */
public class MediaRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public MediaRejected(String message) {
        super(Reason.INVALID, null, message);
    }
}
