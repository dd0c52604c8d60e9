package org.newsroom.news.article;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a published article shows become images for readers: its featured image and every
 * library image its body uses. Called wherever an article is published or a published one is saved,
 * in the same transaction, so an image is never public before its story and never missing after it.
 * One way only: what readers have seen (and caches keep for a year) cannot be taken back.
 */
public final class PublishedMedia {

    private static final Pattern MEDIA_ADDRESS = Pattern.compile("/media/([1-9][0-9]{0,17})\\.[a-z]{3,4}");

    private PublishedMedia() {
    }

    /** The ids of library images a body uses, by their addresses ({@code /media/{id}.{ext}}). */
    static Set<Long> usedBy(String bodyHtml) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher address = MEDIA_ADDRESS.matcher(bodyHtml == null ? "" : bodyHtml);
        while (address.find()) {
            ids.add(Long.parseLong(address.group(1)));
        }
        return ids;
    }

    public static void release(EntityManager em, Article article, LocalDateTime now) {
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            return;
        }
        Set<Long> ids = usedBy(article.getBody());
        if (article.getFeaturedImage() != null) {
            ids.add(article.getFeaturedImage().getId());
        }
        if (!ids.isEmpty()) {
            em.createQuery("update MediaItem m set m.publicSince = :now where m.id in :ids and m.publicSince is null")
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
        }
    }
}
