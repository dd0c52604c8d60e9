package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsroom.news.account.Account;
import org.newsroom.news.article.Article;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.PublishedMedia;
import org.newsroom.news.article.SlugRedirect;
import org.newsroom.news.media.MediaItem;
import org.newsroom.news.section.Section;

/**
 * WordPress posts and pages → articles, created or brought up to date with the post as it is now.
 * The article keeps WordPress's slug (so its address stays), and every other address it had
 * ({@code ?p=ID}, old slugs, a page's path) is recorded to answer 301.
 */
final class ImportedArticles {

    private static final int MAX_SLUG = 160;

    private final EntityManager em;

    ImportedArticles(EntityManager em) {
        this.em = em;
    }

    StepResult post(ImportStep step, PostPlan plan, ConvertedBody body, List<String> tags, String fingerprint,
                    List<String> attachmentPages, String actor, LocalDateTime now) {
        String key = Long.toString(plan.postId());
        ImportedKeys keys = new ImportedKeys(em);
        Optional<ImportedItem> known = keys.find(step.site(), ImportedItem.ARTICLE, key);
        Article existing = known.map(k -> em.find(Article.class, k.getTargetId())).orElse(null);
        if (existing != null && known.get().getFingerprint().equals(fingerprint)) {
            return StepResult.of(Outcome.UNCHANGED, existing.getId(), List.of());
        }
        List<String> notes = new ArrayList<>(plan.notes());
        notes.addAll(body.notes());
        ImportedPeople people = new ImportedPeople(em);
        Account author = people.forLogin(step.site(), plan.authorLogin()).orElse(null);
        if (author == null) {
            author = people.byUsername(actor).orElseThrow(() -> new IllegalStateException("no account " + actor));
            if (!step.dryRun()) {
                notes.add("its author “" + plan.authorLogin() + "” is not among the export's authors; credited to " + actor);
            }
        }
        List<Section> sections = new ImportedSections(em).forSlugs(step.site(), plan.sectionSlugs());
        MediaItem featured = null;
        if (plan.featuredImageId() > 0) {
            featured = new ImportedKeys(em).target(step.site(), ImportedItem.MEDIA, Long.toString(plan.featuredImageId()))
                    .map(id -> em.find(MediaItem.class, id)).orElse(null);
            if (featured == null && !step.dryRun()) {   // a dry run rolled its images back: nothing to find
                notes.add("its featured image (attachment " + plan.featuredImageId() + ") was not imported");
            }
        }
        String slug = uniqueSlug(plan.slug(), existing == null ? null : existing.getId(), notes);
        Article article = existing != null ? existing : new Article(plan.title(), body.html(), author, sections, plan.createdAt());
        if (existing == null) {
            article.useSlug(slug);
            em.persist(article);
        }
        ArticleEdit edit = new ArticleEdit(article.getVersion(), plan.title(), slug, plan.standfirst(), body.html(),
                List.of(), tags, List.of(), plan.language(), featured == null ? null : featured.getId());
        LocalDateTime changedAt = plan.publishedAt() != null ? plan.publishedAt() : plan.createdAt();
        Optional<String> previousSlug;
        try {
            previousSlug = article.apply(edit, slug, sections, List.of(author), featured, author, changedAt);
        } catch (IllegalArgumentException refused) {
            throw new ItemRefused(refused.getMessage());   // the new article is already persisted: roll it all back
        }
        moveTo(article, plan, now);
        article.pin(plan.pinned(), article.getUpdatedAt());
        em.flush();
        previousSlug.ifPresent(old -> redirectSlug(old, article));
        for (String old : plan.oldSlugs()) {
            redirectSlug(cut(old), article);
        }
        rememberAddresses(plan, attachmentPages, article);
        PublishedMedia.release(em, article, now);
        keys.remember(step.site(), ImportedItem.ARTICLE, key, article.getId(), fingerprint, now);
        return StepResult.of(existing == null ? Outcome.CREATED : Outcome.UPDATED, article.getId(), notes);
    }

    private static void moveTo(Article article, PostPlan plan, LocalDateTime now) {
        switch (plan.status()) {
            case PUBLISHED -> article.publishedOn(plan.publishedAt());
            case SCHEDULED -> article.scheduleFor(plan.scheduledFor(), now);
            case IN_REVIEW -> {
                if (article.getStatus() != ArticleStatus.IN_REVIEW) {
                    article.moveTo(ArticleStatus.IN_REVIEW, plan.createdAt());
                }
            }
            default -> {
                if (article.getStatus() != ArticleStatus.DRAFT) {
                    article.moveTo(ArticleStatus.DRAFT, plan.createdAt());
                }
            }
        }
    }

    /** WordPress's slug when it is free; otherwise "-2", "-3"… and a report line (two sites, or a page and a post). */
    private String uniqueSlug(String wanted, Long self, List<String> notes) {
        String base = cut(wanted);
        String slug = base;
        for (int n = 2; taken(slug, self); n++) {
            String suffix = "-" + n;
            slug = cut(base.substring(0, Math.min(base.length(), MAX_SLUG - suffix.length())) + suffix);
        }
        if (!slug.equals(base)) {
            notes.add("the address “" + base + "” belongs to another article; this one is at “" + slug + "”");
        } else if (!base.equals(wanted)) {
            notes.add("its slug was cut to " + MAX_SLUG + " characters");
        }
        return slug;
    }

    private boolean taken(String slug, Long self) {
        return em.createQuery("select count(a) from Article a where a.slug = :slug and a.id <> :self", Long.class)
                .setParameter("slug", slug).setParameter("self", self == null ? -1L : self).getSingleResult() > 0;
    }

    private static String cut(String slug) {
        return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG);
    }

    private void redirectSlug(String old, Article article) {
        if (old.equals(article.getSlug()) || em.find(SlugRedirect.class, old) != null) {
            return;
        }
        em.persist(new SlugRedirect(old, article));
    }

    /** ?p=ID (and ?page_id=ID), the old permalink, and the permalinks of its old slugs. */
    private void rememberAddresses(PostPlan plan, List<String> attachmentPages, Article article) {
        List<String> paths = new ArrayList<>(attachmentPages);
        paths.add("/?p=" + plan.postId());
        if (plan.page()) {
            paths.add("/?page_id=" + plan.postId());
        }
        if (plan.oldPath() != null && !plan.oldPath().contains("?")) {
            paths.add(plan.oldPath());
            String trimmed = plan.oldPath().endsWith("/") ? plan.oldPath().substring(0, plan.oldPath().length() - 1)
                    : plan.oldPath();
            int last = trimmed.lastIndexOf('/');
            for (String old : plan.oldSlugs()) {
                paths.add(trimmed.substring(0, last + 1) + old + "/");
            }
        }
        for (String path : paths) {
            String normalised = ImportedAddress.normalised(path);
            ImportedAddress known = em.find(ImportedAddress.class, normalised);
            if (known == null) {
                em.persist(new ImportedAddress(normalised, article));
            }
        }
    }
}
