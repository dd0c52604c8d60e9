package org.newsroom.web.storage;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * What one committed transaction changed that readers can see: the message every node of a cluster
 * and the front cache hear after a publish, edit, unpublish, section rename or rate change. Small and
 * serialisable, because it travels through the data grid (and, later, to readers following live
 * coverage: it says which articles, sections and tags moved, so a page can tell whether it is one of them).
 *
 * @param origin     the node that committed it ({@link ContentGeneration#node()}), so it does not act twice on its own
 * @param at         when it committed
 * @param kinds      what sort of content changed
 * @param articleIds the articles written, by id
 * @param slugs      their slugs, as committed
 * @param sections   the slugs of the sections they are in (and of sections renamed or reordered)
 * @param tags       the articles' tags
 */
public record PublicChange(String origin, Instant at, Set<Kind> kinds, Set<Long> articleIds, Set<String> slugs,
                           Set<String> sections, Set<String> tags) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        ARTICLE, SECTION, RATE, MEDIA, ACCOUNT, OTHER
    }

    public PublicChange {
        kinds = Set.copyOf(kinds);
        articleIds = Set.copyOf(articleIds);
        slugs = Set.copyOf(slugs);
        sections = Set.copyOf(sections);
        tags = Set.copyOf(tags);
    }

    public boolean fromHere() {
        return ContentGeneration.node().equals(origin);
    }
}
