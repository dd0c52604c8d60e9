package org.newsroom.news.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionMenuTest {

    private static Section section(String slug, String name, int sortOrder, Integer menuPosition) {
        Section section = new Section(slug, name, SectionKind.TOPIC, sortOrder);
        section.placeInMenu(menuPosition);
        return section;
    }

    @Test
    void theMenuHasItsOwnOrderNotTheSections() {
        List<MenuEntry> menu = SectionMenu.of(List.of(
                section("kazakhstan", "Kazakhstan", 10, 30),
                section("economy", "Экономика", 70, 10),
                section("society", "Society", 80, null),
                section("qazaqstan", "Қазақстан", 90, 20)));
        assertEquals(List.of(new MenuEntry("Экономика", "economy"), new MenuEntry("Қазақстан", "qazaqstan"),
                new MenuEntry("Kazakhstan", "kazakhstan")), menu, "by menu position; a section out of the menu is left out");
    }

    @Test
    void equalPositionsAreOrderedByNameAsReadersReadThem() {
        List<MenuEntry> menu = SectionMenu.of(List.of(
                section("b", "Экономика", 1, 5),
                section("a", "общество", 2, 5),
                section("c", "Политика", 3, 5)));
        assertEquals(List.of("общество", "Политика", "Экономика"), menu.stream().map(MenuEntry::name).toList(),
                "alphabetical, whatever the case");
    }

    @Test
    void anEmptyMenuIsEmpty() {
        assertTrue(SectionMenu.of(List.of(section("a", "A", 1, null))).isEmpty());
        assertEquals("(empty)", SectionMenu.describe(List.of()));
    }

    @Test
    void aSectionPutInWithoutAPositionGoesAfterTheOthersInTheOrderChosen() {
        Map<Long, Integer> positions = SectionMenu.arrange(List.of(
                new SectionMenu.Choice(1, true, 25),
                new SectionMenu.Choice(2, true, null),
                new SectionMenu.Choice(3, false, 5),
                new SectionMenu.Choice(4, true, null)));
        Map<Long, Integer> expected = new HashMap<>();
        expected.put(1L, 25);
        expected.put(2L, 30);
        expected.put(3L, null);
        expected.put(4L, 40);
        assertEquals(expected, positions, "a position typed for a section left out is not kept");
    }

    @Test
    void theFirstEntryOfAnEmptyMenuGetsTheFirstStep() {
        assertEquals(Map.of(7L, SectionMenu.POSITION_STEP), SectionMenu.arrange(List.of(new SectionMenu.Choice(7, true, null))));
    }

    @Test
    void aPositionOutOfRangeIsRefusedWithTheRule() {
        SectionRejected refused = assertThrows(SectionRejected.class,
                () -> SectionMenu.arrange(List.of(new SectionMenu.Choice(1, true, -1))));
        assertTrue(refused.getMessage().contains("0 to 1000000"), refused.getMessage());
        assertThrows(SectionRejected.class, () -> section("a", "A", 1, 1_000_001));
    }

    @Test
    void theAuditLineReadsTheMenuInOrder() {
        assertEquals("Экономика · Қазақстан", SectionMenu.describe(List.of(new MenuEntry("Экономика", "economy"),
                new MenuEntry("Қазақстан", "qazaqstan"))));
    }
}
