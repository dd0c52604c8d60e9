package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.refusal.Constraints;
import org.newsroom.news.refusal.Refusal;

class ArticleConfidentialityAndLimitsTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 12, 1, 4, 0);
    private final Account aida = new Account("aida", "Aida Sultanova", "hash", Role.REPORTER, MORNING);
    private final Account bolat = new Account("bolat", "Bolat Ermekov", "hash", Role.REPORTER, MORNING);
    private final Account dana = new Account("dana", "Dana Editor", "hash", Role.EDITOR, MORNING);

    private Article draftByAida() {
        return new Article("Тенге ослаб", "<p>Черновик</p>", aida, List.of(), MORNING);
    }

    private static ArticleEdit edit(String excerpt, List<String> tags, String language, String body) {
        return new ArticleEdit(0, "Тенге ослаб", null, excerpt, body, List.of(), tags, List.of(), language, null);
    }

    private static Optional<String> apply(Article article, ArticleEdit edit, Account editor) {
        return article.apply(edit, "tenge-oslab", List.of(), List.of(), null, editor, MORNING);
    }

    @Test
    void aReporterReadsTheirOwnDraftButNotAColleagues() {
        Article draft = draftByAida();
        assertTrue(draft.readableBy(Role.REPORTER, "aida"));
        assertFalse(draft.readableBy(Role.REPORTER, "bolat"), "a colleague's draft is confidential");
        assertTrue(draft.readableBy(Role.EDITOR, "dana"));
        assertTrue(draft.readableBy(Role.ADMIN, "admin"));
    }

    @Test
    void aSharedBylineOrPublicationMakesAnArticleReadableToAReporter() {
        Article article = draftByAida();
        article.apply(new ArticleEdit(0, "Тенге ослаб", null, null, "<p>x</p>", List.of(), List.of(), List.of(), null, null),
                "tenge-oslab", List.of(), List.of(aida, bolat), null, aida, MORNING);
        assertTrue(article.readableBy(Role.REPORTER, "bolat"), "bolat shares the byline");

        Article another = draftByAida();
        another.moveTo(ArticleStatus.PUBLISHED, MORNING);
        assertTrue(another.readableBy(Role.REPORTER, "bolat"), "published is public");
        another.moveTo(ArticleStatus.SCHEDULED, MORNING);
        assertFalse(another.readableBy(Role.REPORTER, "bolat"), "back under embargo");
    }

    @Test
    void anOverlongStandfirstTagOrLanguageIsRefusedNamingTheField() {
        Refusal excerpt = refusedAfter(edit("ы".repeat(5000), List.of(), null, "<p>x</p>"));
        assertEquals("excerpt", excerpt.field().orElseThrow());
        assertEquals("A standfirst (excerpt) has at most 1000 characters.", excerpt.getMessage());
        Refusal tag = refusedAfter(edit(null, List.of("қ".repeat(200)), null, "<p>x</p>"));
        assertEquals("tags", tag.field().orElseThrow());
        assertEquals("A tag has at most 80 characters.", tag.getMessage());
        Refusal tooMany = refusedAfter(edit(null, Collections.nCopies(21, "t").stream().map(t -> t + Math.random()).toList(),
                null, "<p>x</p>"));
        assertEquals("An article has at most 20 tags.", tooMany.getMessage());
        Refusal headline = refusedAfter(new ArticleEdit(0, "Ж".repeat(201), null, null, "<p>x</p>", List.of(), List.of(),
                List.of(), null, null));
        assertEquals("title", headline.field().orElseThrow());
        assertEquals("A headline has at most 200 characters.", headline.getMessage());
        assertEquals("An article needs a headline.", refusedAfter(new ArticleEdit(0, "  ", null, null, "<p>x</p>",
                List.of(), List.of(), List.of(), null, null)).getMessage());
        IllegalArgumentException language = assertThrows(IllegalArgumentException.class,
                () -> apply(draftByAida(), edit(null, List.of(), "x".repeat(100), "<p>x</p>"), aida));
        assertTrue(language.getMessage().startsWith("A language is a code"), language.getMessage());
        Article untouched = draftByAida();
        assertEquals(untouched, Constraints.check(VALIDATOR, untouched), "a valid article passes");
    }

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aLimitIsSaidInRussianToRussianStaff() {
        java.util.Locale russian = new java.util.Locale("ru");
        Refusal headline = refusedAfter(new ArticleEdit(0, "Ж".repeat(201), null, null, "<p>x</p>", List.of(), List.of(),
                List.of(), null, null));
        assertEquals("Заголовок — не длиннее 200 симв.", headline.messageIn(russian));
        assertEquals("A headline has at most 200 characters.", headline.messageIn(java.util.Locale.ENGLISH));
        assertEquals("У материала должен быть заголовок.", refusedAfter(new ArticleEdit(0, "  ", null, null, "<p>x</p>",
                List.of(), List.of(), List.of(), null, null)).messageIn(russian));
        assertEquals("Наибольшее число меток у материала — 20.", refusedAfter(edit(null,
                Collections.nCopies(21, "t").stream().map(t -> t + Math.random()).toList(), null, "<p>x</p>")).messageIn(russian));
    }

    private Refusal refusedAfter(ArticleEdit typed) {
        Article article = draftByAida();
        apply(article, typed, aida);
        return assertThrows(Refusal.class, () -> Constraints.check(VALIDATOR, article));
    }

    @Test
    void kazakhAndRussianTagsAndLanguageCodesAreTakenAsTyped() {
        Article article = draftByAida();
        apply(article, edit("Курс тенге", List.of(" теңге ", "Қазақстан"), "kk", "<p>x</p>"), aida);
        assertEquals(List.of("теңге", "Қазақстан"), List.copyOf(article.getTags()));
        assertEquals("kk", article.getLanguage());
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeAnythingIsDone() {
        BodyLimit limit = BodyLimit.fromSetting("2");
        limit.check("<p>" + "a".repeat(2000) + "</p>");
        ArticleRejected refused = assertThrows(ArticleRejected.class, () -> limit.check("<p>" + "ж".repeat(1100) + "</p>"));
        assertTrue(refused.getMessage().contains("at most 2 KB"), refused.getMessage());
        IllegalArgumentException setting = assertThrows(IllegalArgumentException.class, () -> BodyLimit.fromSetting("lots"));
        assertTrue(setting.getMessage().startsWith(BodyLimit.VARIABLE), setting.getMessage());
    }

    @Test
    void theImagesABodyUsesAreFoundByTheirAddresses() {
        assertEquals(java.util.Set.of(4503599627370496L, 14L), PublishedMedia.usedBy(
                "<figure><img src=\"/media/4503599627370496.jpg\" alt=\"\"/></figure><p><img src=\"/ctx/media/14.png\"/>"
                        + " and /media/abc.png and https://example.kz/other.jpg</p>"));
        assertTrue(PublishedMedia.usedBy(null).isEmpty());
    }
}
