package org.newsroom.news.section;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.news.account.Role;
import org.newsroom.news.audit.AuditLog;
import org.newsroom.news.refusal.Wording;

/**
 * Sections are stored data: everyone reads them, admins add, rename and reorder them. Every change
 * is audited. Sections are never deleted and their slugs never change, so articles filed under them
 * and the revisions that name them stay valid.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Sections {

    /** Audit actions, as the audit log's filter offers them. */
    public static final String CREATED = "SECTION_CREATED";
    public static final String RENAMED = "SECTION_RENAMED";
    public static final String REORDERED = "SECTION_REORDERED";
    public static final String MENU_SAVED = "SECTION_MENU_SAVED";

    @PersistenceContext(unitName = "newsroom")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private AuditLog audit;

    /** In the order the homepage and the staff's lists show them (position, then name); the readers' menu has its own ({@link #menu()}). */
    @PermitAll
    public List<Section> all() {
        return em.createQuery("select s from Section s order by s.sortOrder, s.name", Section.class).getResultList();
    }

    /** The readers' section menu, in its own order (see {@link SectionMenu}); a read, so no transaction of its own. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MenuEntry> menu() {
        return SectionMenu.of(em.createQuery("select s from Section s where s.menuPosition is not null", Section.class)
                .getResultList());
    }

    /**
     * Saves the menu as an admin arranged it: each chosen section in or out of it, at its position.
     * Sections not among the choices keep their place. One audit line gives the menu as it now reads.
     */
    public List<MenuEntry> saveMenu(List<SectionMenu.Choice> choices) {
        Map<Long, Integer> positions = SectionMenu.arrange(choices);
        List<MenuEntry> before = menu();
        positions.forEach((id, position) -> section(id).placeInMenu(position));
        em.flush();
        List<MenuEntry> after = menu();
        if (!after.equals(before)) {
            audit.record(actor(), MENU_SAVED, "section menu", SectionMenu.describe(before) + " → " + SectionMenu.describe(after));
        }
        return after;
    }

    /**
     * @param slug      the web address part; made from the name when blank
     * @param sortOrder the position, 0 first
     */
    public Section create(String slug, String name, SectionKind kind, int sortOrder) {
        String cleanName = SectionFields.name(name);
        if (kind == null) {
            throw new SectionRejected(Wording.refusal("section.kind.missing"));
        }
        String cleanSlug = SectionFields.slug(slug, cleanName);
        int position = SectionFields.sortOrder(sortOrder);
        requireFreeName(cleanName, null);
        Section taken = bySlug(cleanSlug);
        if (taken != null) {
            throw new SectionRejected(Wording.refusal(slug == null || slug.isBlank()
                    ? "section.slug.takenByMade" : "section.slug.taken", cleanSlug, taken.getName()));
        }
        Section section = new Section(cleanSlug, cleanName, kind, position);
        em.persist(section);
        flush(Wording.refusal("section.slug.raced", cleanSlug));
        audit.record(actor(), CREATED, subject(section), kind + ", " + cleanName + ", position " + position);
        return section;
    }

    /** A new name; the slug stays. */
    public Section rename(long id, String name) {
        Section section = section(id);
        String cleanName = SectionFields.name(name);
        String before = section.getName();
        if (cleanName.equals(before)) {
            return section;
        }
        requireFreeName(cleanName, section.getId());
        section.rename(cleanName);
        audit.record(actor(), RENAMED, subject(section), before + " → " + cleanName);
        return section;
    }

    /** The name the Russian edition shows ("Казахстан"); blank goes back to the section's own name there. */
    public Section renameInRussian(long id, String nameRu) {
        Section section = section(id);
        String before = section.getNameRu();
        section.renameInRussian(nameRu);
        if (!java.util.Objects.equals(before, section.getNameRu())) {
            audit.record(actor(), RENAMED, subject(section), "Russian edition: " + (before == null ? "—" : before)
                    + " → " + (section.getNameRu() == null ? "—" : section.getNameRu()));
        }
        return section;
    }

    /** A new position; other sections keep theirs (equal positions are ordered by name). */
    public Section reorder(long id, int sortOrder) {
        Section section = section(id);
        int before = section.getSortOrder();
        if (before == sortOrder) {
            return section;
        }
        section.moveTo(sortOrder);
        audit.record(actor(), REORDERED, subject(section), before + " → " + sortOrder);
        return section;
    }

    private void requireFreeName(String name, Long exceptId) {
        List<Section> same = em.createQuery("select s from Section s where lower(s.name) = :name", Section.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultList();
        if (same.stream().anyMatch(s -> !s.getId().equals(exceptId))) {
            throw new SectionRejected(Wording.refusal("section.name.taken", name));
        }
    }

    private Section bySlug(String slug) {
        return em.createQuery("select s from Section s where s.slug = :slug", Section.class)
                .setParameter("slug", slug).getResultStream().findFirst().orElse(null);
    }

    private Section section(long id) {
        Section section = em.find(Section.class, id);
        if (section == null) {
            throw new SectionRejected(Wording.refusal("section.missing", String.valueOf(id)));
        }
        return section;
    }

    /** Two admins creating the same address at once: the unique key refuses the second. */
    private void flush(Wording refusal) {
        try {
            em.flush();
        } catch (PersistenceException conflict) {
            throw new SectionRejected(refusal);
        }
    }

    private static String subject(Section section) {
        return "section " + section.getSlug();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
