package org.newsroom.web.sections.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.section.SectionKind;

/** What was typed in one row survives the list being read again after a change in another. */
class SectionRowTest {

    @Test
    void typedNamesAndPositionsAreKept() {
        SectionRow before = new SectionRow(1, "economy", SectionKind.TOPIC, "Economy", 70, null, null);
        before.setNewName("Business");
        SectionRow reread = new SectionRow(1, "economy", SectionKind.TOPIC, "Economy", 70, null, null).keepTyped(before);
        assertEquals("Business", reread.getNewName());
        assertEquals(70, reread.getNewSortOrder());

        SectionRow moved = new SectionRow(2, "society", SectionKind.TOPIC, "Society", 80, null, null);
        moved.setNewSortOrder(5);
        SectionRow movedReread = new SectionRow(2, "society", SectionKind.TOPIC, "Society", 80, null, null).keepTyped(moved);
        assertEquals("Society", movedReread.getNewName());
        assertEquals(5, movedReread.getNewSortOrder());
    }

    @Test
    void untouchedSectionRowsShowWhatIsStoredNow() {
        SectionRow before = new SectionRow(1, "economy", SectionKind.TOPIC, "Economy", 70, null, null);
        SectionRow reread = new SectionRow(1, "economy", SectionKind.TOPIC, "Business", 15, null, null).keepTyped(before);
        assertEquals("Business", reread.getNewName());
        assertEquals(15, reread.getNewSortOrder());
    }

    @Test
    void aMenuChoiceNotYetSavedIsKeptAndAStoredOneShown() {
        SectionRow before = new SectionRow(3, "economy", SectionKind.TOPIC, "Экономика", 70, null, null);
        assertEquals(false, before.isNewInMenu());
        before.setNewInMenu(true);
        before.setNewMenuPosition(5);
        SectionRow reread = new SectionRow(3, "economy", SectionKind.TOPIC, "Экономика", 70, null, null).keepTyped(before);
        assertEquals(true, reread.isNewInMenu());
        assertEquals(5, reread.getNewMenuPosition());

        SectionRow stored = new SectionRow(4, "qazaqstan", SectionKind.COUNTRY, "Қазақстан", 90, 20, null)
                .keepTyped(new SectionRow(4, "qazaqstan", SectionKind.COUNTRY, "Қазақстан", 90, null, null));
        assertEquals(true, stored.isNewInMenu(), "put in the menu elsewhere meanwhile");
        assertEquals(20, stored.getNewMenuPosition());
    }

    @Test
    void aNewSectionGoesAfterTheLast() {
        assertEquals(10, SectionsAdmin.nextPosition(List.of()));
        assertEquals(90, SectionsAdmin.nextPosition(List.of(
                new SectionRow(1, "kazakhstan", SectionKind.COUNTRY, "Kazakhstan", 10, null, null),
                new SectionRow(8, "society", SectionKind.TOPIC, "Society", 80, null, null))));
        assertEquals(90, SectionsAdmin.nextPosition(List.of(
                new SectionRow(1, "x", SectionKind.TOPIC, "X", 85, null, null))));
    }
}
