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
    private final String nameRu;
    private String newName;
    private String newNameRu;
    private Integer newSortOrder;

    SectionRow(long id, String slug, SectionKind kind, String name, int sortOrder) {
        this(id, slug, kind, name, sortOrder, null);
    }

    SectionRow(long id, String slug, SectionKind kind, String name, int sortOrder, String nameRu) {
        this.id = id;
        this.nameRu = nameRu;
        this.newNameRu = nameRu;
        this.slug = slug;
        this.kind = kind;
        this.name = name;
        this.sortOrder = sortOrder;
        this.newName = name;
        this.newSortOrder = sortOrder;
    }

    static SectionRow of(Section section) {
        return new SectionRow(section.getId(), section.getSlug(), section.getKind(), section.getName(),
                section.getSortOrder(), section.getNameRu());
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
