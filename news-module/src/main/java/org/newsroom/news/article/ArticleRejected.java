package org.newsroom.news.article;

import org.newsroom.news.refusal.InvalidValue;
import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** A save or action that cannot be done as asked (a title too long, a time in the past…); nothing is saved. */
public class ArticleRejected extends Refusal {

    private static final long serialVersionUID = 1L;

    public ArticleRejected(Wording wording) {
        super(Reason.INVALID, null, wording);
    }

    /** An entity's "not like this" as the refusal of the save. */
    public ArticleRejected(IllegalArgumentException invalid) {
        this(InvalidValue.wordingOf(invalid));
    }

    /** A refusal of the same kind for another reason (a subclass saying more precisely what). */
    protected ArticleRejected(Reason reason, Wording wording) {
        super(reason, null, wording);
    }
}
