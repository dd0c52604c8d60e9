package org.newsroom.news.media;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** An upload the newsroom will not store; the message is meant for the person uploading. */
public class UploadRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    public UploadRefused(Wording wording) {
        super(Reason.INVALID, null, wording);
    }

    /** A refusal of the same kind for another reason (a subclass saying more precisely what). */
    protected UploadRefused(Reason reason, Wording wording) {
        super(reason, null, wording);
    }
}
