package org.newsroom.news.section;

import java.io.Serializable;
import org.newsroom.news.edition.Edition;

/**
 * One entry of the readers' section menu: what it says in each edition and the section's web address part.
 *
 * @param nameRu the Russian edition's name; null: that edition shows {@code name}
 */
public record MenuEntry(String name, String slug, String nameRu) implements Serializable {

    public MenuEntry(String name, String slug) {
        this(name, slug, null);
    }

    /** What readers of {@code edition} see, as {@link Section#nameIn} says. */
    public String nameIn(Edition edition) {
        return edition == Edition.RU && nameRu != null ? nameRu : name;
    }
}
