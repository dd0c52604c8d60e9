package org.newsroom.web.sections.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.news.section.MenuEntry;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionFields;
import org.newsroom.news.section.SectionKind;
import org.newsroom.news.section.SectionMenu;
import org.newsroom.news.section.SectionRejected;
import org.newsroom.news.section.Sections;
import org.newsroom.web.faces.AdminMessages;
import org.newsroom.web.faces.StaffTexts;
import org.newsroom.web.faces.RefusalsShown;

/**
 * /newsroom/admin/sections: the countries and topics articles are filed under; add one, rename one
 * (its web address stays), move one, and arrange the readers' section menu. Sections are never deleted.
 */
@Named
@ViewScoped
public class SectionsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The gap left between positions, so a section can later go between two others. */
    static final int POSITION_STEP = 10;

    @Inject
    private Sections sections;

    private List<SectionRow> rows;
    private NewSection created;
    private String menuPreview;

    @PostConstruct
    void load() {
        refresh(null);
        created = new NewSection(nextPosition(rows));
    }

    /** Reads the list again; rows other than the one just changed keep what was typed in them. */
    private void refresh(Long changed) {
        Map<Long, SectionRow> before = rows == null ? Map.of()
                : rows.stream().collect(Collectors.toMap(SectionRow::getId, Function.identity()));
        rows = sections.all().stream()
                .map(section -> {
                    SectionRow row = SectionRow.of(section);
                    return section.getId().equals(changed) ? row : row.keepTyped(before.get(section.getId()));
                })
                .toList();
    }

    /** After the last section, rounded up to the next step: 80 → 90, 85 → 90; 10 when there are none. */
    static int nextPosition(List<SectionRow> rows) {
        int last = rows.stream().mapToInt(SectionRow::getSortOrder).max().orElse(0);
        return Math.min(SectionFields.MAX_SORT_ORDER, (last / POSITION_STEP + 1) * POSITION_STEP);
    }

    public void create() {
        try {
            Section section = sections.create(created.slug, created.name, created.kind,
                    created.sortOrder == null ? nextPosition(rows) : created.sortOrder);
            menuPreview = null;
            AdminMessages.done(StaffTexts.text("admin.sections.created", section.getName(), section.getSlug()));
            refresh(null);
            created = new NewSection(nextPosition(rows));
        } catch (SectionRejected refused) {
            AdminMessages.keepTyped("create", RefusalsShown.said(refused));
        }
    }

    public void rename(SectionRow row) {
        try {
            Section section = sections.rename(row.getId(), row.getNewName());
            AdminMessages.done(section.getName().equals(row.getName()) ? StaffTexts.text("admin.sections.nameUnchanged")
                    : StaffTexts.text("admin.sections.renamed", row.getName(), section.getName(), section.getSlug()));
            refresh(row.getId());
            menuPreview = null;
        } catch (SectionRejected refused) {
            AdminMessages.keepTyped(fieldOf(row, "name"), RefusalsShown.said(refused));
        }
    }

    /** The name the Russian edition's readers see; left empty, they see the section's own name. */
    public void renameInRussian(SectionRow row) {
        try {
            Section section = sections.renameInRussian(row.getId(), row.getNewNameRu());
            AdminMessages.done(section.getNameRu() == null
                    ? StaffTexts.text("admin.sections.ruOwnName", section.getName())
                    : StaffTexts.text("admin.sections.ruRenamed", section.getName(), section.getNameRu()));
            refresh(row.getId());
        } catch (SectionRejected refused) {
            AdminMessages.keepTyped(fieldOf(row, "nameRu"), RefusalsShown.said(refused));
        }
    }

    public void reorder(SectionRow row) {
        if (row.getNewSortOrder() == null) {
            AdminMessages.keepTyped(fieldOf(row, "position"), StaffTexts.text("admin.sections.position.invalid"));
            return;
        }
        try {
            Section section = sections.reorder(row.getId(), row.getNewSortOrder());
            AdminMessages.done(section.getSortOrder() == row.getSortOrder() ? StaffTexts.text("admin.sections.positionUnchanged")
                    : StaffTexts.text("admin.sections.moved", section.getName(), section.getSortOrder()));
            refresh(row.getId());
        } catch (SectionRejected refused) {
            AdminMessages.keepTyped(fieldOf(row, "position"), RefusalsShown.said(refused));
        }
    }

    /** Saves the whole menu at once, as WordPress's "Save Menu" does: every row's "in menu" and position. */
    public void saveMenu() {
        try {
            List<MenuEntry> menu = sections.saveMenu(rows.stream()
                    .map(row -> new SectionMenu.Choice(row.getId(), row.isNewInMenu(), row.getNewMenuPosition()))
                    .toList());
            AdminMessages.done(menu.isEmpty() ? StaffTexts.text("admin.sections.menuSavedEmpty")
                    : StaffTexts.text("admin.sections.menuSaved", describe(menu)));
            refresh(null);
            menuPreview = null;
        } catch (SectionRejected refused) {
            AdminMessages.keepTyped("menu", RefusalsShown.said(refused));
        }
    }

    /** The menu as it reads now (saved), for the editor's preview line. */
    public String getMenuPreview() {
        if (menuPreview == null) {
            menuPreview = describe(sections.menu());
        }
        return menuPreview;
    }

    /** "Kazakhstan · Uzbekistan"; an empty menu in the staff member's words. */
    private static String describe(List<MenuEntry> menu) {
        return menu.isEmpty() ? StaffTexts.text("admin.sections.menu.empty") : SectionMenu.describe(menu);
    }

    /** The client id of a field in the row: form "sections", table "list", unpaged and unsorted. */
    private String fieldOf(SectionRow row, String field) {
        return "sections:list:" + rows.indexOf(row) + ":" + field;
    }

    public SectionKind[] getKinds() {
        return SectionKind.values();
    }

    public List<SectionRow> getRows() {
        return rows;
    }

    public NewSection getCreated() {
        return created;
    }

    /** The create form's fields, kept as typed until the section exists. */
    public static class NewSection implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String slug;
        private SectionKind kind = SectionKind.TOPIC;
        private Integer sortOrder;

        NewSection(int sortOrder) {
            this.sortOrder = sortOrder;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getSlug() {
            return slug;
        }

        public void setSlug(String slug) {
            this.slug = slug;
        }

        public SectionKind getKind() {
            return kind;
        }

        public void setKind(SectionKind kind) {
            this.kind = kind;
        }

        public Integer getSortOrder() {
            return sortOrder;
        }

        public void setSortOrder(Integer sortOrder) {
            this.sortOrder = sortOrder;
        }
    }
}
