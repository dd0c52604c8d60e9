package org.newsroom.news.importing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.PermalinkPattern;

/**
 * What the first reading of an export learns, so the second can import posts in any order: the
 * site, its authors, its terms (once each: WordPress 6.1 repeats them as {@code wp:term}s), its
 * attachments, and every post's old and new address. Holds a few hundred bytes per item, never bodies.
 */
public final class WxrIndex implements WxrHandler {

    /** A post's addresses: where WordPress had it and where Newsroom will have it (null while unpublished). */
    public record PostAddress(long postId, String type, String oldPath, String newAddress) {
    }

    private final ZoneId siteZone;
    private final PermalinkPattern permalinks;
    private final ZoneId outletZone;
    private final LocalDateTime now;
    private WxrSite site;
    private final Map<String, WxrAuthor> authors = new LinkedHashMap<>();
    private final Map<String, WxrTerm> categories = new LinkedHashMap<>();
    private final Map<String, WxrTerm> tags = new LinkedHashMap<>();
    private final Map<Long, AttachmentPlan> attachments = new LinkedHashMap<>();
    private final Map<String, Long> attachmentsByFile = new HashMap<>();
    private final Map<Long, List<Long>> attachmentsByParent = new HashMap<>();
    private final Map<Long, PostAddress> posts = new HashMap<>();
    private final Map<String, Long> postsByPath = new HashMap<>();
    private int items;
    private int duplicateTerms;

    public WxrIndex(ZoneId siteZone, PermalinkPattern permalinks, ZoneId outletZone, LocalDateTime now) {
        this.siteZone = siteZone;
        this.permalinks = permalinks;
        this.outletZone = outletZone;
        this.now = now;
    }

    @Override
    public void site(WxrSite site) {
        this.site = site;
    }

    @Override
    public void author(WxrAuthor author) {
        String key = author.login() == null ? "" : author.login().strip().toLowerCase(Locale.ROOT);
        authors.putIfAbsent(key.isEmpty() ? "#" + author.id() : key, author);
    }

    @Override
    public void term(WxrTerm term) {
        Map<String, WxrTerm> kind = WxrTerm.CATEGORY.equals(term.taxonomy()) ? categories
                : WxrTerm.TAG.equals(term.taxonomy()) ? tags : null;
        if (kind == null || term.slug() == null) {
            return;
        }
        if (kind.putIfAbsent(PostMapping.decodedSlug(term.slug()), term) != null) {
            duplicateTerms++;
        }
    }

    @Override
    public boolean item(WxrItem item) {
        items++;
        if ("attachment".equals(item.type())) {
            AttachmentPlan.of(item).ifPresent(plan -> {
                attachments.put(plan.attachmentId(), plan);
                attachmentsByFile.putIfAbsent(UploadUrls.originalKey(plan.relativePath()), plan.attachmentId());
                UploadUrls.relativePath(plan.url()).ifPresent(path ->
                        attachmentsByFile.putIfAbsent(UploadUrls.originalKey(path), plan.attachmentId()));
                UploadUrls.relativePath(item.guid()).ifPresent(path ->
                        attachmentsByFile.putIfAbsent(UploadUrls.originalKey(path), plan.attachmentId()));
                if (plan.parentId() > 0) {
                    attachmentsByParent.computeIfAbsent(plan.parentId(), p -> new ArrayList<>()).add(plan.attachmentId());
                }
            });
        } else if (PostMapping.skipReason(item).isEmpty()) {
            PostPlan plan = PostMapping.plan(item, siteZone, site == null ? "en" : site.language(), now);
            LocalDateTime date = plan.status() == ArticleStatus.PUBLISHED ? plan.publishedAt()
                    : plan.status() == ArticleStatus.SCHEDULED ? plan.scheduledFor() : null;
            String address = date == null ? null : permalinks.address(date, outletZone, plan.slug());
            PostAddress post = new PostAddress(item.postId(), item.type(), plan.oldPath(), address);
            posts.put(item.postId(), post);
            if (plan.oldPath() != null) {
                postsByPath.putIfAbsent(normalisedPath(plan.oldPath()), item.postId());
            }
        }
        return true;
    }

    public WxrSite site() {
        return site;
    }

    public Map<String, WxrAuthor> authors() {
        return authors;
    }

    public Optional<WxrAuthor> author(String login) {
        return Optional.ofNullable(authors.get(login == null ? "" : login.strip().toLowerCase(Locale.ROOT)));
    }

    /** Categories once each, parents before their children. */
    public List<WxrTerm> categoriesParentsFirst() {
        List<WxrTerm> ordered = new ArrayList<>();
        List<WxrTerm> pending = new ArrayList<>(categories.values());
        java.util.Set<String> placed = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (java.util.Iterator<WxrTerm> it = pending.iterator(); it.hasNext(); ) {
                WxrTerm term = it.next();
                String parent = PostMapping.decodedSlug(term.parent());
                if (parent.isEmpty() || placed.contains(parent) || !categories.containsKey(parent)) {
                    ordered.add(term);
                    placed.add(PostMapping.decodedSlug(term.slug()));
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {            // a cycle WordPress should never allow: take the rest as they come
                ordered.addAll(pending);
                pending.clear();
            }
        }
        return ordered;
    }

    public Optional<WxrTerm> category(String slug) {
        return Optional.ofNullable(categories.get(slug));
    }

    public Map<String, WxrTerm> tags() {
        return tags;
    }

    public Map<Long, AttachmentPlan> attachments() {
        return attachments;
    }

    public Optional<Long> attachmentForUrl(String url) {
        return UploadUrls.relativePath(url).map(UploadUrls::originalKey).map(attachmentsByFile::get);
    }

    public List<Long> attachedTo(long postId) {
        return attachmentsByParent.getOrDefault(postId, List.of());
    }

    public Optional<PostAddress> post(long postId) {
        return Optional.ofNullable(posts.get(postId));
    }

    /**
     * The post an address on the old site names: {@code ?p=ID}, {@code ?page_id=ID} or its permalink.
     */
    public Optional<PostAddress> postFor(String url) {
        if (site == null || url == null) {
            return Optional.empty();
        }
        String address = url.strip();
        String home = site.home().toLowerCase(Locale.ROOT);
        String lower = address.toLowerCase(Locale.ROOT);
        String withoutScheme = lower.replaceFirst("^https?://", "");
        if (!withoutScheme.startsWith(home.replaceFirst("^https?://", ""))) {
            return Optional.empty();
        }
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("[?&](?:p|page_id)=(\\d+)").matcher(address);
        if (id.find()) {
            return post(Long.parseLong(id.group(1)));
        }
        String path = PostMapping.pathOf(address.replaceFirst("[?#].*$", ""));
        Long postId = path == null ? null : postsByPath.get(normalisedPath(path));
        return postId == null ? Optional.empty() : post(postId);
    }

    private static String normalisedPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower : lower + "/";
    }

    public int items() {
        return items;
    }

    public int duplicateTerms() {
        return duplicateTerms;
    }
}
