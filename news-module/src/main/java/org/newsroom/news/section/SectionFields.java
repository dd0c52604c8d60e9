package org.newsroom.news.section;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsroom.news.refusal.Wording;
import org.newsroom.news.slug.Slugs;

/**
 * What a section's name, web address and position may be. Plain rules, so they are tested without
 * a container; the entity and the {@link Sections} EJB both apply them.
 */
public final class SectionFields {

    /** The SECTION table's column sizes. */
    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_SLUG_LENGTH = 80;
    public static final int MAX_SORT_ORDER = 1_000_000;

    /** Lower-case ASCII letters and digits in words joined by single hyphens, as {@link Slugs} makes them. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SectionFields() {
    }

    /** The name as stored: trimmed, not blank, at most {@value #MAX_NAME_LENGTH} characters. */
    public static String name(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SectionRejected(Wording.refusal("section.name.missing"));
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new SectionRejected(Wording.refusal("section.name.tooLong", MAX_NAME_LENGTH));
        }
        return trimmed;
    }

    /**
     * The web address part: the one given (lower-cased), or made from the name when none is given.
     * A name with no letter or digit in it cannot give one, so the admin must type it.
     */
    public static String slug(String given, String name) {
        if (given != null && !given.isBlank()) {
            String slug = given.strip().toLowerCase(Locale.ROOT);
            if (slug.length() > MAX_SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
                throw new SectionRejected(Wording.refusal("section.slug.form", MAX_SLUG_LENGTH));
            }
            return slug;
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new SectionRejected(Wording.refusal("section.slug.unmade"));
        }
        return cut(Slugs.fromTitle(trimmed));
    }

    /** Positions order the sections on the homepage and in the section menu (each its own): 0 comes first. */
    public static int sortOrder(int sortOrder) {
        if (sortOrder < 0 || sortOrder > MAX_SORT_ORDER) {
            throw new SectionRejected(Wording.refusal("section.position.range", MAX_SORT_ORDER));
        }
        return sortOrder;
    }

    /** Slugs may be longer than the SLUG column; cut at a hyphen so no word is split. */
    static String cut(String slug) {
        if (slug.length() <= MAX_SLUG_LENGTH) {
            return slug;
        }
        if (slug.charAt(MAX_SLUG_LENGTH) == '-') {
            return slug.substring(0, MAX_SLUG_LENGTH);
        }
        int lastHyphen = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
        return lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, MAX_SLUG_LENGTH);
    }
}
