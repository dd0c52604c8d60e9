package org.newsroom.news.article;

/** No article with that id, or none the caller may read: the two look the same from outside. */
public class NoSuchArticle extends ArticleRejected {

    private static final long serialVersionUID = 1L;

    public NoSuchArticle(long id) {
        super(Reason.NOT_FOUND, "There is no article " + id + ".");
    }
}
