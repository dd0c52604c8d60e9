package org.newsroom.news.article;

import org.newsroom.news.refusal.Wording;

/** No article with that id, or none the caller may read: the two look the same from outside. */
public class NoSuchArticle extends ArticleRejected {

    private static final long serialVersionUID = 1L;

    public NoSuchArticle(long id) {
        super(Reason.NOT_FOUND, Wording.refusal("article.missing", String.valueOf(id)));
    }
}
