package org.newsroom.news.importing;

/** A {@code wp:author} of the channel: the login posts name in {@code dc:creator}. */
public record WxrAuthor(String id, String login, String email, String displayName, String firstName, String lastName) {
}
