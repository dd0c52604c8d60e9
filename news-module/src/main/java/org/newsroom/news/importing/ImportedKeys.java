package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Optional;

/** Looks up and records what a WordPress item became ({@link ImportedItem}). */
final class ImportedKeys {

    private final EntityManager em;

    ImportedKeys(EntityManager em) {
        this.em = em;
    }

    Optional<ImportedItem> find(String site, String kind, String wordPressKey) {
        return Optional.ofNullable(em.find(ImportedItem.class, ImportedItem.key(site, kind, wordPressKey)));
    }

    Optional<Long> target(String site, String kind, String wordPressKey) {
        return find(site, kind, wordPressKey).map(ImportedItem::getTargetId);
    }

    void remember(String site, String kind, String wordPressKey, long targetId, String fingerprint, LocalDateTime now) {
        Optional<ImportedItem> known = find(site, kind, wordPressKey);
        if (known.isPresent()) {
            known.get().changed(targetId, fingerprint, now);
        } else {
            em.persist(new ImportedItem(site, kind, wordPressKey, targetId, fingerprint, now));
        }
    }
}
