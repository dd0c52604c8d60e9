package org.newsroom.web.cluster;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsroom.web.storage.PublicChange;
import org.newsroom.web.storage.PublicChange.Kind;

/**
 * The surrogate keys (Varnish's {@code xkey}) a reader page carries, naming what it shows, and the keys a
 * {@link PublicChange} touches: the front then drops exactly the pages a change made stale. Both sides are
 * written here so they cannot drift apart. The keys:
 * <ul>
 * <li>{@code article-<id>}: an article's own page, and the page of its translation (which links to it by
 *     hreflang once it is published);</li>
 * <li>{@code slug-<slug>}: an article page that links to that article among its related stories (a teaser
 *     knows its article by slug; a renamed article's change carries its old slug too);</li>
 * <li>{@code related-<section slug>}: an article page, whose related stories are its first section's newest
 *     (an article leaving that section is named by its slug above, one joining it by the section);</li>
 * <li>{@code lists}: the homepage, section, tag and author lists, search: their pages, totals and paging move
 *     with any article (a change carries an article's sections and tags as they are now, not as they were, so
 *     the list it left cannot be named);</li>
 * <li>{@code ticker} and {@code menu}: every page with the rates ticker or the section menu;</li>
 * <li>{@code unkeyed}: what the application did not describe (the front adds it: feeds, sitemaps, a page
 *     whose content no bean named), dropped on every change.</li>
 * </ul>
 * A change the keys cannot describe exactly (an image, a byline's name, a section's name on every page, an
 * article whose sections were not loaded) is {@link #everything}: the front drops every reader page.
 */
public final class SurrogateKeys {

    /** The response header the front reads (and removes before the reader gets the page). */
    public static final String HEADER = "xkey";
    public static final String LISTS = "lists";
    public static final String TICKER = "ticker";
    public static final String MENU = "menu";
    public static final String UNKEYED = "unkeyed";
    private static final String ATTRIBUTE = SurrogateKeys.class.getName();
    private static final String DESCRIBED = ATTRIBUTE + ".described";
    private static final Set<Kind> DESCRIBED_BY_KEYS = EnumSet.of(Kind.ARTICLE, Kind.RATE);

    private SurrogateKeys() {
    }

    public static String article(long id) {
        return "article-" + id;
    }

    public static String slug(String slug) {
        return "slug-" + token(slug);
    }

    public static String related(String sectionSlug) {
        return "related-" + token(sectionSlug);
    }

    /** The page's content, named by its bean: without such keys the page is {@link #UNKEYED}. */
    public static void page(String... keys) {
        add(true, keys);
    }

    /** Parts of the page's frame (the ticker, the section menu): they do not describe the page's content. */
    public static void chrome(String... keys) {
        add(false, keys);
    }

    private static void add(boolean content, String... keys) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getExternalContext().getRequest() instanceof ServletRequest request) {
            add(request, content, keys);
        }
    }

    static void add(ServletRequest request, boolean content, String... keys) {
        @SuppressWarnings("unchecked")
        Set<String> named = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (named == null) {
            named = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, named);
        }
        for (String key : keys) {
            named.add(key);
        }
        if (content) {
            request.setAttribute(DESCRIBED, Boolean.TRUE);
        }
    }

    /** The header's value for this request's page; null when nothing was named (the front then calls it unkeyed). */
    public static String of(ServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> named = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (named == null || named.isEmpty()) {
            return null;
        }
        return request.getAttribute(DESCRIBED) == null ? String.join(" ", named) + " " + UNKEYED : String.join(" ", named);
    }

    /** Whether the keys can say what this change touched; if not, the front drops every reader page. */
    public static boolean everything(PublicChange change) {
        if (!DESCRIBED_BY_KEYS.containsAll(change.kinds()) || change.kinds().isEmpty()) {
            return true;
        }
        // An article written without its id or sections in the change (a listing row alone, sections not loaded).
        return change.kinds().contains(Kind.ARTICLE) && (change.articleIds().isEmpty() || change.sections().isEmpty());
    }

    /** The keys of every page this change made stale (call only when not {@link #everything}). */
    public static Set<String> touchedBy(PublicChange change) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(UNKEYED);
        if (change.kinds().contains(Kind.ARTICLE)) {
            keys.add(LISTS);
            change.articleIds().forEach(id -> keys.add(article(id)));
            change.slugs().forEach(slug -> keys.add(slug(slug)));
            change.sections().forEach(section -> keys.add(related(section)));
        }
        if (change.kinds().contains(Kind.RATE)) {
            keys.add(TICKER);
        }
        return keys;
    }

    /** xkey splits on spaces and commas, and a header is ASCII: a slug in Cyrillic is percent-encoded. */
    private static String token(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
