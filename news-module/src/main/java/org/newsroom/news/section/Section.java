package org.newsroom.news.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A country or topic an article is filed under; stored data so admins can add sections. */
@Entity
@Table(name = "SECTION")
public class Section {

    @Id
    @SequenceGenerator(name = "SECTION_SEQ", sequenceName = "SECTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SECTION_SEQ")
    private Long id;

    @Column(name = "SLUG", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    /** The section's name in the Russian edition; null until an admin gives one (the name above is shown). */
    @Column(name = "NAME_RU", length = 120)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private SectionKind kind;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    /** The section this one belongs under (an imported WordPress category's parent); null at the top. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "PARENT_ID")
    private Section parent;

    /** Where the readers' section menu lists this section (lower comes first); null: not in the menu. */
    @Column(name = "MENU_POSITION")
    private Integer menuPosition;

    protected Section() {
        // for JPA
    }

    public Section(String slug, String name, SectionKind kind, int sortOrder) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    /** A new name; the slug stays, so links and article revisions that name it keep working. */
    public void rename(String newName) {
        this.name = SectionFields.name(newName);
    }

    /** The Russian edition's name ("Казахстан"); blank: that edition shows the section's own name. */
    public void renameInRussian(String newName) {
        this.nameRu = newName == null || newName.isBlank() ? null : SectionFields.name(newName);
    }

    /** A new position on the homepage and in the staff's lists (lower comes first); the menu has its own. */
    public void moveTo(int newSortOrder) {
        this.sortOrder = SectionFields.sortOrder(newSortOrder);
    }

    /** Puts the section in the readers' menu at {@code position}, or takes it out with null. */
    public void placeInMenu(Integer position) {
        this.menuPosition = position == null ? null : SectionFields.sortOrder(position);
    }

    public Integer getMenuPosition() {
        return menuPosition;
    }

    public boolean isInMenu() {
        return menuPosition != null;
    }

    /** Files this section under {@code newParent} (null: at the top); a section is never its own ancestor. */
    public void placeUnder(Section newParent) {
        for (Section above = newParent; above != null; above = above.parent) {
            if (above == this) {
                throw new IllegalArgumentException("A section cannot be placed under itself or its own subsection.");
            }
        }
        this.parent = newParent;
    }

    public Section getParent() {
        return parent;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getNameRu() {
        return nameRu;
    }

    /** What readers of {@code edition} call the section. */
    public String nameIn(org.newsroom.news.edition.Edition edition) {
        return edition == org.newsroom.news.edition.Edition.RU && nameRu != null ? nameRu : name;
    }

    public SectionKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
