package org.newsroom.news.article;

import java.io.Serializable;
import java.util.List;
import org.newsroom.news.revision.RevisionSnapshot;

/**
 * One save from the editor: everything the form holds, plus the version it was loaded at, so a
 * save made over somebody else's newer one is refused instead of overwriting it.
 *
 * @param slug             blank keeps the current slug (or derives one for a new article)
 * @param bylineUsernames  empty keeps the bylines as they are
 * @param featuredImageId  the lead image (a MediaItem id), or null for none
 */
public record ArticleEdit(long basedOnVersion, String title, String slug, String excerpt, String body,
                          List<String> sectionSlugs, List<String> tags, List<String> bylineUsernames,
                          String language, Long featuredImageId) implements Serializable {

    public ArticleEdit {
        sectionSlugs = sectionSlugs == null ? List.of() : List.copyOf(sectionSlugs);
        tags = tags == null ? List.of() : List.copyOf(tags);
        bylineUsernames = bylineUsernames == null ? List.of() : List.copyOf(bylineUsernames);
    }

    /**
     * What this edit would store, for comparing with what is stored: the body as the sanitiser keeps
     * it (the browser's editor adds markup that never reaches readers), the title trimmed.
     * The featured image is not compared here.
     */
    public RevisionSnapshot snapshot() {
        return new RevisionSnapshot(title == null ? null : title.strip(), slug, excerpt, ArticleBody.sanitize(body),
                sectionSlugs, tags, null, null, null, null, language);
    }
}
