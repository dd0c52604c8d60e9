package org.newsroom.news.workingcopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ArticleEdit;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.EditorView;

class WorkingCopyTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 7, 0);

    private static EditorView saved() {
        return new EditorView(7, 3, "Тенге укрепился", "tenge", null, "<p>Қазақстан тілі: әғқңөұүһі.</p>",
                ArticleStatus.DRAFT, List.of("kazakhstan", "economy"), List.of("тенге", "рынок"), List.of("rita"), "ru",
                false, "rita", "Rita Reporter", NOW, null, null, null, 40L, "/media/40.jpg", "Подпись", "Фото", "Alt", null, null);
    }

    private static WorkingCopy typed(String title, List<String> sections, List<String> tags, String caption) {
        WorkingCopy copy = new WorkingCopy(7L, "rita");
        copy.keep(new WorkingText(new ArticleEdit(3, title, "", "", "<p>Қазақстан тілі: әғқңөұүһі.</p>", sections, tags,
                List.of(), "ru", 40L), caption, "Фото", "Alt"), NOW, null);
        return copy;
    }

    @Test
    void theSameTextInAnotherOrderOrWithBlankOptionalFieldsIsNothingToOfferBack() {
        assertTrue(typed("Тенге укрепился", List.of("economy", "kazakhstan"), List.of("рынок", "тенге"), "Подпись")
                .sameAs(saved()));
    }

    @Test
    void aChangedHeadlineTagOrCaptionIsOfferedBack() {
        assertFalse(typed("Тенге ослаб", List.of("economy", "kazakhstan"), List.of("тенге", "рынок"), "Подпись").sameAs(saved()));
        assertFalse(typed("Тенге укрепился", List.of("economy"), List.of("тенге", "рынок"), "Подпись").sameAs(saved()));
        assertFalse(typed("Тенге укрепился", List.of("economy", "kazakhstan"), List.of("тенге"), "Подпись").sameAs(saved()));
        assertFalse(typed("Тенге укрепился", List.of("economy", "kazakhstan"), List.of("тенге", "рынок"), "Другая")
                .sameAs(saved()));
    }

    @Test
    void whatIsKeptComesBackAsTypedWithTheVersionItWasTypedOver() {
        WorkingCopy copy = typed("Ұлттық банк", List.of("kazakhstan"), List.of("тенге", "ұлттық банк"), "Подпись");
        WorkingCopyView view = copy.view();
        assertEquals("Ұлттық банк", view.text().edit().title());
        assertEquals(List.of("тенге", "ұлттық банк"), view.text().edit().tags());
        assertEquals(3, view.basedOnVersion());
        assertEquals(40L, view.text().edit().featuredImageId());
        assertEquals("Подпись", view.text().imageCaption());
        assertEquals(NOW, view.savedAt());
    }
}
