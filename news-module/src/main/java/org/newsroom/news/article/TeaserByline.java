package org.newsroom.news.article;

import java.io.Serializable;

/** A name on a teaser's byline and the account's username, which its author page is addressed by. */
public record TeaserByline(String name, String username) implements Serializable {
}
