package org.newsroom.news.article;

import jakarta.persistence.EntityManager;

/**
 * The address part an article may take: the one wanted when no other article has it, now or as an old
 * address that still redirects to it, else the wanted one with "-2", "-3"… One rule for writing an
 * article and for drafting a translation, so neither can take an address readers are sent on from.
 */
public final class FreeSlugs {

    private FreeSlugs() {
    }

    /** @param selfId the article's own id (its own old addresses are free to it); null for one not stored yet */
    public static String forArticle(EntityManager em, String wanted, Long selfId) {
        String candidate = wanted;
        for (int n = 2; takenByAnother(em, candidate, selfId == null ? -1L : selfId); n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    private static boolean takenByAnother(EntityManager em, String slug, long selfId) {
        Long others = em.createQuery("select count(a) from Article a where a.slug = :slug and a.id <> :self", Long.class)
                .setParameter("slug", slug).setParameter("self", selfId).getSingleResult();
        Long redirects = em.createQuery("select count(r) from SlugRedirect r where r.oldSlug = :slug"
                        + " and r.article.id <> :self", Long.class)
                .setParameter("slug", slug).setParameter("self", selfId).getSingleResult();
        return others + redirects > 0;
    }
}
