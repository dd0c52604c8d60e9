package org.newsroom.news.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.AccountRejected;
import org.newsroom.news.account.Role;
import org.newsroom.news.article.ArticleStatus;
import org.newsroom.news.article.StaleEdit;
import org.newsroom.news.media.UploadCheck;
import org.newsroom.news.media.UploadRefused;
import org.newsroom.news.workflow.Workflow;
import org.newsroom.news.workflow.WorkflowAction;

/** A refusal says itself in Russian to Russian staff, and stays English for logs, audit and the API. */
class RussianRefusalTest {

    private static final Locale RUSSIAN = new Locale("ru");

    @Test
    void aRefusalSpeaksRussianAndItsMessageStaysEnglish() {
        AccountRejected taken = new AccountRejected(Wording.refusal("account.username.taken", "aigerim"));
        assertEquals("Имя пользователя aigerim уже занято.", taken.messageIn(RUSSIAN));
        assertEquals("The username aigerim is taken.", taken.getMessage());
        assertEquals("The username aigerim is taken.", taken.messageIn(Locale.ENGLISH));
        assertEquals(Refusal.Reason.INVALID, taken.reason());
    }

    @Test
    void aLanguageWithoutItsBundleGetsEnglish() {
        StaleEdit stale = new StaleEdit("aigerim", LocalDateTime.of(2026, 12, 1, 9, 30), 4);
        assertEquals(stale.getMessage(), stale.messageIn(new Locale("kk")));
        assertEquals("Не сохранено: aigerim сохранил(а) этот материал после того, как вы его открыли. Ваш текст остался "
                + "в редакторе; сравните его с новой версией и сохраните ещё раз.", stale.messageIn(RUSSIAN));
    }

    @Test
    void russianCountsTakeTheirPluralForms() {
        assertEquals("Пароль — не менее 10 символов.",
                new AccountRejected(Wording.refusal("account.password.tooShort", 10)).messageIn(RUSSIAN));
        assertEquals("Пароль — не более 21 символа.",
                new AccountRejected(Wording.refusal("account.password.tooLong", 21)).messageIn(RUSSIAN));
    }

    @Test
    void aSizeInsideTheSentenceIsSaidInTheSameLanguage() throws java.io.IOException {
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
        byte[] head = java.util.Arrays.copyOf(jpeg.toByteArray(), 16);
        UploadRefused tooLarge = org.junit.jupiter.api.Assertions.assertThrows(UploadRefused.class,
                () -> UploadCheck.check("big.jpg", (long) (14.2 * 1024 * 1024), head, 10 * 1024 * 1024));
        assertEquals("The file is 14.2 MB; images can be at most 10 MB.", tooLarge.getMessage());
        assertEquals("Размер файла — 14,2 МБ; изображение может быть не больше 10 МБ.", tooLarge.messageIn(RUSSIAN));
    }

    @Test
    void aWorkflowRefusalNamesTheStateInRussian() {
        var decision = Workflow.decide(Role.REPORTER, true, ArticleStatus.PUBLISHED, WorkflowAction.EDIT);
        assertEquals("Reporters can only edit their own drafts; this article is published, so ask an editor.",
                decision.refusal());
        assertEquals("Корреспонденты могут править только свои черновики; этот материал опубликован, так что обратитесь "
                + "к редактору.", decision.wording().in(RUSSIAN));
    }

    @Test
    void anEntitysRefusalKeepsItsWordsThroughTheUseCase() {
        InvalidValue past = new InvalidValue(Wording.refusal("article.schedule.past"));
        var refused = new org.newsroom.news.article.ArticleRejected(past);
        assertEquals("A publication time must be in the future.", refused.getMessage());
        assertEquals("Время публикации должно быть в будущем.", refused.messageIn(RUSSIAN));
        var foreign = new org.newsroom.news.article.ArticleRejected(new IllegalArgumentException("bad input"));
        assertEquals("bad input", foreign.messageIn(RUSSIAN));
    }
}
