package org.newsroom.news.importing;

import jakarta.ejb.ApplicationException;

/**
 * An item that cannot be imported after its transaction had begun changing things: thrown, so all of
 * it is rolled back (an item is whole or absent), and its reason reaches the report unwrapped.
 */
@ApplicationException(rollback = true)
public class ItemRefused extends RuntimeException {

    public ItemRefused(String message) {
        super(message);
    }
}
