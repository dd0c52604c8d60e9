package org.newsroom.news.revision;

import java.util.List;

/**
 * What an article looked like when a revision was saved: everything an editor may want to compare.
 * Missing text is kept as "" and missing lists as empty lists, so comparisons never meet null.
 *
 * @param image        what identifies the lead image to people, e.g. its file name; "" when none
 * @param imageAlt     the image's text alternative for screen readers
 */
public record RevisionSnapshot(
        String title,
        String slug,
        String excerpt,
        String bodyHtml,
        List<String> sections,
        List<String> tags,
        String image,
        String imageCaption,
        String imageCredit,
        String imageAlt,
        String language) {

    /** Stands in for "nothing before", so the first revision shows everything as added. */
    public static final RevisionSnapshot EMPTY =
            new RevisionSnapshot(null, null, null, null, null, null, null, null, null, null, null);

    public RevisionSnapshot {
        title = orEmpty(title);
        slug = orEmpty(slug);
        excerpt = orEmpty(excerpt);
        bodyHtml = orEmpty(bodyHtml);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tags = tags == null ? List.of() : List.copyOf(tags);
        image = orEmpty(image);
        imageCaption = orEmpty(imageCaption);
        imageCredit = orEmpty(imageCredit);
        imageAlt = orEmpty(imageAlt);
        language = orEmpty(language);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
