package org.newsroom.news.importing;

/** Receives what {@link WxrReader} finds, in file order. Every method may be left as it is. */
public interface WxrHandler {

    default void site(WxrSite site) {
    }

    default void author(WxrAuthor author) {
    }

    default void term(WxrTerm term) {
    }

    /** @return false to stop reading (a cancelled import) */
    default boolean item(WxrItem item) {
        return true;
    }
}
