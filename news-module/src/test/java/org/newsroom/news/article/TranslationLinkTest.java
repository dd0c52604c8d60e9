package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

/** A translation pair is always reciprocal, always across the two editions. */
class TranslationLinkTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 2, 20, 9, 0);
    private final Account aida = new Account("aida", "Aida", "hash", Role.EDITOR, NOW);
    private final Section kazakhstan = new Section("kazakhstan", "Kazakhstan", SectionKind.COUNTRY, 10);

    private Article article(String title) {
        return new Article(title, "<p>Text</p>", aida, List.of(kazakhstan), NOW);
    }

    @Test
    void linkingNamesEachTheOthersTranslation() {
        Article english = article("Tenge holds steady");
        Article russian = article("Тенге держится");

        english.translatedAs(russian);

        assertSame(russian, english.getTranslation());
        assertSame(english, russian.getTranslation());
    }

    @Test
    void linkingAnotherUnlinksTheEarlierPartnerOfBoth() {
        Article english = article("Tenge holds steady");
        Article russian = article("Тенге держится");
        Article otherRussian = article("Курс тенге");
        english.translatedAs(russian);

        otherRussian.translatedAs(english);

        assertNull(russian.getTranslation(), "the earlier partner is no one's translation now");
        assertSame(otherRussian, english.getTranslation());
    }

    @Test
    void anArticleOfTheSameEditionIsNoTranslation() {
        Article english = article("Tenge holds steady");
        assertThrows(IllegalArgumentException.class, () -> english.translatedAs(article("Tenge falls")));
        assertThrows(IllegalArgumentException.class, () -> english.translatedAs(english));
    }

    @Test
    void aTranslationDraftIsInTheOtherLanguageWithTheSameSectionsAndTagsAndIsLinked() {
        Article english = article("Tenge holds steady");
        english.apply(new ArticleEdit(0, "Tenge holds steady", null, null, "<p>Text</p>", List.of("kazakhstan"),
                List.of("tenge", "markets"), List.of(), null, null), "tenge-holds-steady", List.of(kazakhstan), List.of(),
                null, aida, NOW);

        Article draft = english.translationDraft("Тенге держится", aida, NOW);

        assertEquals("ru", draft.getLanguage());
        assertEquals(List.of(kazakhstan), List.copyOf(draft.getSections()));
        assertEquals(List.of("tenge", "markets"), List.copyOf(draft.getTags()));
        assertSame(english, draft.getTranslation());
        assertSame(draft, english.getTranslation());
        assertEquals(ArticleStatus.DRAFT, draft.getStatus());
    }
}
