package org.newsroom.news.media;

import jakarta.ejb.ApplicationException;

/** A change to a stored image that cannot be made as asked (an unknown image, a caption too long…). */
@ApplicationException(rollback = true)
public class MediaRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MediaRejected(String message) {
        super(message);
    }
}
