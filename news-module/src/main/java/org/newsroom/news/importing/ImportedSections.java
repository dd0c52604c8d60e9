package org.newsroom.news.importing;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/**
 * WordPress categories → sections, parents first so each child is placed under its parent. A category
 * whose slug or name an existing section has is matched to it, not created twice. New sections are
 * topics placed after the existing ones (an admin makes a country of one on the sections page).
 */
final class ImportedSections {

    private static final int MAX_SLUG = 80;
    private static final int MAX_NAME = 120;

    private final EntityManager em;

    ImportedSections(EntityManager em) {
        this.em = em;
    }

    StepResult section(ImportStep step, WxrTerm category, LocalDateTime now) {
        String slug = PostMapping.decodedSlug(category.slug()).toLowerCase(Locale.ROOT);
        String name = PlainText.decode(category.name() == null ? "" : category.name()).strip();
        if (slug.isEmpty() || name.isEmpty()) {
            return StepResult.failed("category " + category.id() + " has no slug or no name");
        }
        if (slug.length() > MAX_SLUG || name.length() > MAX_NAME) {
            return StepResult.failed("category " + slug + ": a section's address has at most " + MAX_SLUG
                    + " characters and its name " + MAX_NAME);
        }
        String fingerprint = Fingerprint.of(category);
        ImportedKeys keys = new ImportedKeys(em);
        Optional<ImportedItem> known = keys.find(step.site(), ImportedItem.SECTION, slug);
        if (known.isPresent() && known.get().getFingerprint().equals(fingerprint)
                && em.find(Section.class, known.get().getTargetId()) != null) {
            return StepResult.of(Outcome.UNCHANGED, known.get().getTargetId(), List.of());
        }
        Section parent = parentOf(step.site(), category);
        Optional<Section> existing = known.map(k -> em.find(Section.class, k.getTargetId()))
                .or(() -> bySlug(slug)).or(() -> byName(name));
        Outcome outcome;
        Section section;
        List<String> notes = List.of();
        if (existing.isPresent()) {
            section = existing.get();
            outcome = known.isPresent() ? Outcome.UPDATED : Outcome.UNCHANGED;
            if (known.isEmpty()) {
                notes = List.of("matched to the existing section " + section.getName());
            }
        } else {
            int last = em.createQuery("select coalesce(max(s.sortOrder), 0) from Section s", Integer.class).getSingleResult();
            section = new Section(slug, name, SectionKind.TOPIC, last + 1);
            em.persist(section);
            outcome = Outcome.CREATED;
        }
        if (parent != null && section.getParent() == null && parent != section) {
            section.placeUnder(parent);
        }
        em.flush();
        keys.remember(step.site(), ImportedItem.SECTION, slug, section.getId(), fingerprint, now);
        return StepResult.of(outcome, section.getId(), notes);
    }

    private Section parentOf(String site, WxrTerm category) {
        String parentSlug = PostMapping.decodedSlug(category.parent()).toLowerCase(Locale.ROOT);
        if (parentSlug.isEmpty()) {
            return null;
        }
        return new ImportedKeys(em).target(site, ImportedItem.SECTION, parentSlug).map(id -> em.find(Section.class, id))
                .orElse(null);
    }

    /** The sections a post's categories became, in the post's order; unknown ones are left out. */
    List<Section> forSlugs(String site, List<String> slugs) {
        ImportedKeys keys = new ImportedKeys(em);
        return slugs.stream().map(slug -> slug.toLowerCase(Locale.ROOT)).distinct()
                .map(slug -> keys.target(site, ImportedItem.SECTION, slug).map(id -> em.find(Section.class, id))
                        .or(() -> bySlug(slug)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private Optional<Section> bySlug(String slug) {
        return em.createQuery("select s from Section s where s.slug = :slug", Section.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    private Optional<Section> byName(String name) {
        return em.createQuery("select s from Section s where lower(s.name) = :name", Section.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }
}
