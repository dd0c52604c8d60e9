package org.newsroom.web.sections.admin;

import java.io.Serializable;
import java.util.Objects;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/** One section as the sections page lists it, with the name and position typed but not saved yet. */
public class SectionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String slug;
    private final SectionKind kind;
    private final String name;
    private final int sortOrder;
    private final Integer menuPosition;
    private final String nameRu;
    private String newName;
    private String newNameRu;
    private Integer newSortOrder;
    private boolean newInMenu;
    private Integer newMenuPosition;

    SectionRow(long id, String slug, SectionKind kind, String name, int sortOrder, Integer menuPosition, String nameRu) {
        this.id = id;
        this.nameRu = nameRu;
        this.newNameRu = nameRu;
        this.slug = slug;
        this.kind = kind;
        this.name = name;
        this.sortOrder = sortOrder;
        this.newName = name;
        this.newSortOrder = sortOrder;
        this.menuPosition = menuPosition;
        this.newInMenu = menuPosition != null;
        this.newMenuPosition = menuPosition;
    }

    static SectionRow of(Section section) {
        return new SectionRow(section.getId(), section.getSlug(), section.getKind(), section.getName(),
                section.getSortOrder(), section.getMenuPosition(), section.getNameRu());
    }

    /** After the list is read again, what was typed in this row and not yet saved is still there. */
    SectionRow keepTyped(SectionRow before) {
        if (before == null) {
            return this;
        }
        if (!Objects.equals(before.newName, before.name)) {
            newName = before.newName;
        }
        if (!Objects.equals(before.newNameRu, before.nameRu)) {
            newNameRu = before.newNameRu;
        }
        if (!Objects.equals(before.newSortOrder, before.sortOrder)) {
            newSortOrder = before.newSortOrder;
        }
        if (before.newInMenu != (before.menuPosition != null) || !Objects.equals(before.newMenuPosition, before.menuPosition)) {
            newInMenu = before.newInMenu;
            newMenuPosition = before.newMenuPosition;
        }
        return this;
    }

    public long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public SectionKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Where the readers' section menu lists it; null when it is not in the menu. */
    public Integer getMenuPosition() {
        return menuPosition;
    }

    public boolean isNewInMenu() {
        return newInMenu;
    }

    public void setNewInMenu(boolean newInMenu) {
        this.newInMenu = newInMenu;
    }

    public Integer getNewMenuPosition() {
        return newMenuPosition;
    }

    public void setNewMenuPosition(Integer newMenuPosition) {
        this.newMenuPosition = newMenuPosition;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNewNameRu() {
        return newNameRu;
    }

    public void setNewNameRu(String newNameRu) {
        this.newNameRu = newNameRu;
    }

    public Integer getNewSortOrder() {
        return newSortOrder;
    }

    public void setNewSortOrder(Integer newSortOrder) {
        this.newSortOrder = newSortOrder;
    }
}
