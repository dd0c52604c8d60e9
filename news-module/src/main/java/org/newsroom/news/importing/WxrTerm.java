package org.newsroom.news.importing;

/**
 * A category, tag, post format or menu of the channel ({@code wp:category}, {@code wp:tag}, {@code wp:term}).
 *
 * @param taxonomy "category", "post_tag", "post_format", "nav_menu", …
 * @param slug     as WordPress wrote it: percent-encoded UTF-8 for non-Latin names
 * @param parent   the parent's slug; blank for a top-level term
 */
public record WxrTerm(String taxonomy, String id, String slug, String parent, String name, String description) {

    public static final String CATEGORY = "category";
    public static final String TAG = "post_tag";
}
