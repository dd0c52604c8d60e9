package org.newsroom.news.media;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The database side of making renditions, one short transaction per call: which images still need
 * theirs (MEDIA_ITEM.RENDITION_WIDTHS is null: the column is the queue, so it survives restarts and
 * needs no table of its own), and recording what was made. Recording is an ordinary entity change, so
 * the page cache retires the pages showing the image and they offer the renditions from the next request.
 */
@Stateless
@PermitAll
public class RenditionRows {

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    /** An image waiting for its renditions. */
    public record Due(long id, String sha256, ImageKind kind, int width) {
    }

    /** Oldest uploads first. */
    public List<Due> due(int max) {
        return em.createQuery("select m from MediaItem m where m.renditionWidths is null order by m.uploadedAt, m.id",
                        MediaItem.class)
                .setMaxResults(max)
                .getResultStream()
                .map(item -> new Due(item.getId(), item.getSha256(), item.kind(), item.getWidth() == null ? 0 : item.getWidth()))
                .toList();
    }

    public long dueCount() {
        return em.createQuery("select count(m) from MediaItem m where m.renditionWidths is null", Long.class).getSingleResult();
    }

    public void record(long id, List<Integer> widths, boolean webp) {
        MediaItem item = em.find(MediaItem.class, id);
        if (item != null) {
            item.recordRenditions(widths, webp);
        }
    }
}
