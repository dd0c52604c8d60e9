package org.newsroom.news.importing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.slug.Slugs;

/**
 * The rules that turn a WordPress post or page into an article; plain Java, so every rule is tested
 * against the fixture without a server.
 *
 * <ul>
 *   <li>{@code publish} → published at {@code post_date_gmt}, or {@code post_date} read in the site's zone
 *       when the GMT date is zero; {@code future} → scheduled (published at its date if that has passed);
 *       {@code draft} → draft, {@code pending} → in review.</li>
 *   <li>{@code private} and password-protected posts → drafts: Newsroom has neither private articles nor
 *       passwords, and a draft is the one state readers can never see. The report says so.</li>
 *   <li>Pages → articles in no section, published like posts; their old address answers 301.</li>
 *   <li>{@code trash}, auto-drafts, revisions, menu entries and post types Newsroom does not know → skipped.</li>
 *   <li>Sticky → pinned; the explicit excerpt, else the {@code subtitle} field, else the Yoast description,
 *       becomes the standfirst; post formats are not tags.</li>
 * </ul>
 */
public final class PostMapping {

    private static final Set<String> KAZAKH_LETTERS = Set.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");

    private PostMapping() {
    }

    /** Why the item is not content Newsroom imports; empty for posts and pages it does import. */
    public static Optional<String> skipReason(WxrItem item) {
        String type = item.type() == null ? "" : item.type();
        String status = item.status() == null ? "" : item.status();
        return switch (type) {
            case "post", "page" -> switch (status) {
                case "publish", "future", "draft", "pending", "private" -> Optional.empty();
                case "trash" -> Optional.of("in WordPress's trash");
                case "auto-draft" -> Optional.of("an auto-draft WordPress made, never saved by anyone");
                case "inherit" -> Optional.of("a revision");
                default -> Optional.of("status “" + status + "” is not one WordPress's posts have");
            };
            case "attachment" -> Optional.empty();
            case "revision" -> Optional.of("a revision (the post itself is imported)");
            case "nav_menu_item" -> Optional.of("a menu entry, not content");
            default -> Optional.of("post type “" + type + "” is not one Newsroom imports (posts, pages and attachments)");
        };
    }

    public static PostPlan plan(WxrItem item, ZoneId siteZone, String siteLanguage, LocalDateTime now) {
        List<String> notes = new ArrayList<>();
        String title = PlainText.of(item.title());
        if (title.isEmpty()) {
            title = "Untitled (WordPress " + item.type() + " " + item.postId() + ")";
            notes.add("had no title; called “" + title + "”");
        } else if (title.length() > Article.MAX_TITLE_LENGTH) {
            title = title.substring(0, Article.MAX_TITLE_LENGTH - 1).strip() + "…";
            notes.add("title cut to " + Article.MAX_TITLE_LENGTH + " characters");
        }
        Optional<LocalDateTime> date = WordPressDates.utc(item.postDate(), item.postDateGmt(), siteZone);
        if (date.isEmpty() && !"draft".equals(item.status()) && !"pending".equals(item.status())) {
            notes.add("has no usable date (“" + item.postDate() + "”); dated at the import");
        }
        LocalDateTime when = date.orElse(now);
        ArticleStatus status;
        LocalDateTime publishedAt = null;
        LocalDateTime scheduledFor = null;
        boolean protectedPost = item.password() != null && !item.password().isBlank();
        switch (item.status()) {
            case "publish" -> {
                status = ArticleStatus.PUBLISHED;
                publishedAt = when;
            }
            case "future" -> {
                if (when.isAfter(now)) {
                    status = ArticleStatus.SCHEDULED;
                    scheduledFor = when;
                } else {
                    status = ArticleStatus.PUBLISHED;
                    publishedAt = when;
                    notes.add("was scheduled for a time now past; published at that time");
                }
            }
            case "pending" -> status = ArticleStatus.IN_REVIEW;
            case "private" -> {
                status = ArticleStatus.DRAFT;
                notes.add("private in WordPress: imported as a draft, which readers never see");
            }
            default -> status = ArticleStatus.DRAFT;
        }
        if (protectedPost && status != ArticleStatus.DRAFT) {
            notes.add("password-protected in WordPress: imported as a draft, which readers never see"
                    + " (Newsroom has no article passwords)");
            status = ArticleStatus.DRAFT;
            publishedAt = null;
            scheduledFor = null;
        }
        String slug = decodedSlug(item.postName());
        if (slug.isEmpty()) {
            slug = Slugs.fromTitle(title);
        }
        List<String> oldSlugs = item.allMeta("_wp_old_slug").stream().map(PostMapping::decodedSlug)
                .filter(old -> !old.isEmpty() && !old.equals(item.postName())).distinct().toList();
        List<String> sections = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        for (WxrCategory category : item.categories()) {
            if (WxrTerm.CATEGORY.equals(category.domain()) && category.nicename() != null) {
                sections.add(decodedSlug(category.nicename()));
            } else if (WxrTerm.TAG.equals(category.domain()) && category.name() != null && !category.name().isBlank()) {
                tags.add(PlainText.of(category.name()));
            }
        }
        List<String> keptTags = new ArrayList<>(tags);
        if (keptTags.size() > Article.MAX_TAGS) {
            notes.add("had " + keptTags.size() + " tags; the first " + Article.MAX_TAGS + " were kept");
            keptTags = keptTags.subList(0, Article.MAX_TAGS);
        }
        keptTags = keptTags.stream().map(tag -> tag.length() > Article.MAX_TAG_LENGTH
                ? tag.substring(0, Article.MAX_TAG_LENGTH) : tag).toList();
        if (item.comments() > 0) {
            notes.add(item.comments() + " comment(s) not imported (Newsroom has no comments)");
        }
        long featured = item.firstMeta("_thumbnail_id").map(PostMapping::number).orElse(0L);
        return new PostPlan(item.postId(), "page".equals(item.type()), title, status, publishedAt, scheduledFor,
                date.orElse(now), slug, oldSlugs, item.creator() == null ? "" : item.creator().strip(),
                "page".equals(item.type()) ? List.of() : sections, keptTags, standfirst(item, notes),
                item.sticky() && status == ArticleStatus.PUBLISHED, featured, language(title, siteLanguage),
                pathOf(item.link()), notes);
    }

    private static String standfirst(WxrItem item, List<String> notes) {
        String text = PlainText.of(item.excerpt());
        if (text.isEmpty()) {
            text = item.firstMeta("subtitle").map(PlainText::of).orElse("");
        }
        if (text.isEmpty()) {
            text = item.firstMeta("_yoast_wpseo_metadesc").map(PlainText::of).orElse("");
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > Article.MAX_EXCERPT_LENGTH) {
            notes.add("standfirst cut to " + Article.MAX_EXCERPT_LENGTH + " characters");
            text = text.substring(0, Article.MAX_EXCERPT_LENGTH - 1).strip() + "…";
        }
        return text;
    }

    /** Kazakh letters say Kazakh; otherwise mostly Cyrillic says Russian; otherwise the site's language. */
    static String language(String title, String siteLanguage) {
        String lower = title.toLowerCase(Locale.ROOT);
        if (KAZAKH_LETTERS.stream().anyMatch(lower::contains)) {
            return "kk";
        }
        long cyrillic = lower.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        long latin = lower.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (cyrillic > latin) {
            return "ru";
        }
        String primary = siteLanguage == null ? "" : siteLanguage.strip().toLowerCase(Locale.ROOT).replaceFirst("[-_].*", "");
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }

    /** WordPress's slug as readers' addresses show it: percent-encoded UTF-8 decoded. */
    public static String decodedSlug(String slug) {
        if (slug == null) {
            return "";
        }
        return UploadUrls.decode(slug.strip()).strip();
    }

    /** The path of an address ("/2025/11/x/"), decoded; null for none. */
    public static String pathOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String address = url.strip();
        int scheme = address.indexOf("://");
        if (scheme >= 0) {
            int slash = address.indexOf('/', scheme + 3);
            address = slash < 0 ? "/" : address.substring(slash);
        }
        return UploadUrls.decode(address);
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
