package org.newsroom.news.media;

import org.newsroom.news.refusal.Refusal;

/** An upload the newsroom will not store; the message is meant for the person uploading. */
public class UploadRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public UploadRefused(String message) {
        super(Reason.INVALID, null, message);
    }

    /** A refusal of the same kind for another reason (a subclass saying more precisely what). */
    protected UploadRefused(Reason reason, String message) {
        super(reason, null, message);
    }
}
