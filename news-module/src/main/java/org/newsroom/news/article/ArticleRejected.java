package org.newsroom.news.article;

import jakarta.ejb.ApplicationException;

/** A save or action that cannot be done as asked (a title too long, a time in the past…); nothing is saved. */
@ApplicationException(rollback = true)
public class ArticleRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArticleRejected(String message) {
        super(message);
    }
}
