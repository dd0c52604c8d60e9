package org.newsroom.news.section;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SectionFieldsTest {

    @Test
    void aNameIsTrimmedAndRequired() {
        assertEquals("Foreign affairs", SectionFields.name("  Foreign affairs "));
        assertEquals("Give the section a name.", assertThrows(SectionRejected.class, () -> SectionFields.name("  ")).getMessage());
        assertThrows(SectionRejected.class, () -> SectionFields.name(null));
    }

    @Test
    void aNameFitsTheColumn() {
        assertEquals(120, SectionFields.name("x".repeat(120)).length());
        assertThrows(SectionRejected.class, () -> SectionFields.name("x".repeat(121)));
    }

    @Test
    void aBlankSlugIsMadeFromTheName() {
        assertEquals("foreign-affairs", SectionFields.slug(null, "Foreign Affairs"));
        assertEquals("foreign-affairs", SectionFields.slug("  ", "Foreign Affairs"));
        assertEquals("ekonomika", SectionFields.slug("", "Экономика"));
        assertEquals("qazaqstan", SectionFields.slug(null, "Қазақстан"));
    }

    @Test
    void aGivenSlugIsLowerCasedAndChecked() {
        assertEquals("central-asia", SectionFields.slug(" Central-Asia ", "Region"));
        assertThrows(SectionRejected.class, () -> SectionFields.slug("central asia", "Region"));
        assertThrows(SectionRejected.class, () -> SectionFields.slug("central--asia", "Region"));
        assertThrows(SectionRejected.class, () -> SectionFields.slug("-asia", "Region"));
        assertThrows(SectionRejected.class, () -> SectionFields.slug("азия", "Region"));
        assertThrows(SectionRejected.class, () -> SectionFields.slug("a".repeat(81), "Region"));
    }

    @Test
    void aNameWithoutLettersNeedsATypedSlug() {
        SectionRejected refused = assertThrows(SectionRejected.class, () -> SectionFields.slug(null, "★ ★"));
        assertTrue(refused.getMessage().contains("type one"));
        assertEquals("stars", SectionFields.slug("stars", "★ ★"));
    }

    @Test
    void aLongNameGivesASlugCutAtAWord() {
        String name = "Very long section name about many things ".repeat(3).strip();
        String slug = SectionFields.slug(null, name);
        assertTrue(slug.length() <= SectionFields.MAX_SLUG_LENGTH, slug);
        assertTrue(slug.startsWith("very-long-section-name"), slug);
        assertTrue(!slug.endsWith("-"), slug);
        assertEquals("x".repeat(80), SectionFields.cut("x".repeat(100)));
        assertEquals("a".repeat(80), SectionFields.cut("a".repeat(80) + "-b"));
        assertEquals("a".repeat(70), SectionFields.cut("a".repeat(70) + "-" + "b".repeat(20)));
    }

    @Test
    void aPositionIsNotNegative() {
        assertEquals(0, SectionFields.sortOrder(0));
        assertEquals(90, SectionFields.sortOrder(90));
        assertThrows(SectionRejected.class, () -> SectionFields.sortOrder(-1));
        assertThrows(SectionRejected.class, () -> SectionFields.sortOrder(SectionFields.MAX_SORT_ORDER + 1));
    }

    @Test
    void renamingKeepsTheSlugAndMovingChecksThePosition() {
        Section section = new Section("economy", "Economy", SectionKind.TOPIC, 70);
        section.rename("  Business ");
        section.moveTo(15);
        assertEquals("Business", section.getName());
        assertEquals("economy", section.getSlug());
        assertEquals(15, section.getSortOrder());
        assertThrows(SectionRejected.class, () -> section.rename(""));
        assertThrows(SectionRejected.class, () -> section.moveTo(-5));
        assertEquals("Business", section.getName());
        assertEquals(15, section.getSortOrder());
    }
}
