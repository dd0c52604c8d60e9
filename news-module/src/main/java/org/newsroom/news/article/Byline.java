package org.newsroom.news.article;

import java.io.Serializable;
import org.newsroom.news.account.Account;

/** A name on a byline (an article page's or a teaser's) and the account's username, which its author page is addressed by. */
public record Byline(String name, String username) implements Serializable {

    public static Byline of(Account account) {
        return new Byline(account.getDisplayName(), account.getUsername());
    }
}
