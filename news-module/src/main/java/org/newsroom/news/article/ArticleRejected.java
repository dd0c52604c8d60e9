package org.newsroom.news.article;

import org.newsroom.news.refusal.Refusal;

/** A save or action that cannot be done as asked (a title too long, a time in the past…); nothing is saved. */
public class ArticleRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public ArticleRejected(String message) {
        super(Reason.INVALID, null, message);
    }

    /** A refusal of the same kind for another reason (a subclass saying more precisely what). */
    protected ArticleRejected(Reason reason, String message) {
        super(reason, null, message);
    }
}
