package org.newsroom.news.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code <item>} of a WordPress export, as written: a post, page, attachment, menu entry or any
 * other post type. Dates are WordPress's text ("2026-01-23 13:11:00", or all zeros); nothing here is
 * interpreted yet ({@link PostMapping} does that).
 *
 * @param meta     postmeta, key → values in file order (a key may repeat: several {@code _wp_old_slug}s)
 * @param comments how many comments the item carries (they are not imported)
 */
public record WxrItem(long postId, String type, String status, String title, String link, String creator,
                      String guid, String content, String excerpt, String postDate, String postDateGmt,
                      String postName, long parentId, String password, boolean sticky, String attachmentUrl,
                      List<WxrCategory> categories, Map<String, List<String>> meta, int comments) {

    public Optional<String> firstMeta(String key) {
        List<String> values = meta.get(key);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public List<String> allMeta(String key) {
        return meta.getOrDefault(key, List.of());
    }

    /** What a report line calls the item: its type, id and title. */
    public String label() {
        String name = title == null || title.isBlank() ? "(no title)" : title.strip();
        return type + " " + postId + " “" + (name.length() > 80 ? name.substring(0, 80) + "…" : name) + "”";
    }
}
