package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.web.it.StaffPages.signIn;
import static org.newsroom.web.it.StaffPages.unique;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Two editors on one article: the soft lock decides who may change it from the editor page. */
class EditLockBrowserIT extends AgainstTheServer {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    /** A reporter's article waiting for review: every editor action is on offer. */
    private long articleInReview() throws Exception {
        StaffClient reporter = Staff.as(base.toURI(), Staff.REPORTER);
        long id = StaffClient.idOf(reporter.createDraft("Выборы в маслихат " + unique(), "<p>Явка составила 40%.</p>", "politics"));
        reporter.json("POST", "api/newsroom/articles/" + id + "/actions/submit", "{}");
        return id;
    }

    @Test
    void whileAnotherEditorHoldsTheLockNothingCanBePublishedScheduledOrSentBackAndTakingOverKeepsWhatWasTyped() throws Exception {
        long id = articleInReview();
        try (Browser eddie = Browser.start(); Browser erin = Browser.start()) {
            signIn(eddie, base, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            signIn(erin, base, Staff.OTHER_EDITOR, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = erin.driver();
            assertTrue(page.findElement(By.id("lockWarning")).getText().contains("Eddie Editor is editing since"));
            for (String button : new String[] {"save", "publish", "schedule", "sendBack", "submit"}) {
                if (!page.findElements(By.id("editor:" + button)).isEmpty()) {
                    assertFalse(page.findElement(By.id("editor:" + button)).isEnabled(), button + " is off while Eddie edits");
                }
            }
            erin.size(1400, 1000);
            erin.screenshot("newsroom-lock-notice");

            WebElement title = page.findElement(By.id("editor:title"));
            title.clear();
            title.sendKeys("Выборы: итоги дня, Ақтөбе");
            page.findElement(By.id("editor:takeOver")).click();
            erin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("lockWarning")));
            assertEquals("Выборы: итоги дня, Ақтөбе", page.findElement(By.id("editor:title")).getAttribute("value"),
                    "what Erin typed before taking over is still there");
            assertTrue(page.findElement(By.id("editor:publish")).isEnabled());
            page.findElement(By.id("editor:save")).click();
            StaffPages.waitForMessage(erin, "Saved.");
            assertEquals("Выборы: итоги дня, Ақтөбе", page.findElement(By.id("editor:title")).getAttribute("value"));
        }
    }

    @Test
    void afterLosingTheLockSaveSaysWhoTookItAndSavesNothing() throws Exception {
        long id = articleInReview();
        try (Browser eddie = Browser.start(); Browser erin = Browser.start()) {
            signIn(eddie, base, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            signIn(erin, base, Staff.OTHER_EDITOR, "newsroom/edit.xhtml?id=" + id);
            erin.driver().findElement(By.id("editor:takeOver")).click();
            erin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("lockWarning")));

            WebDriver page = eddie.driver();
            WebElement title = page.findElement(By.id("editor:title"));
            title.clear();
            title.sendKeys("Заголовок Эдди");
            page.findElement(By.id("editor:save")).click();
            StaffPages.waitForMessage(eddie, "Erin Editor took over this article");
            assertTrue(page.findElement(By.id("editor:messages")).getText().contains("Not saved."));
            assertEquals("Заголовок Эдди", page.findElement(By.id("editor:title")).getAttribute("value"), "his text stays");
            assertFalse(page.findElement(By.id("editor:save")).isEnabled(), "Save is off until he takes it back");
            String saved = Staff.as(base.toURI(), Staff.EDITOR).json("GET", "api/newsroom/articles/" + id, null).body();
            assertFalse(saved.contains("Заголовок Эдди"), "nothing was saved");
        }
    }

    @Test
    void theLockNoticeSaysWhenTheHolderOpenedTheArticleThisTimeNotOnAnEarlierVisit() throws Exception {
        long id = articleInReview();
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        try (Browser eddie = Browser.start(); Browser erin = Browser.start()) {
            signIn(eddie, base, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            String firstVisit = MINUTE.format(ZonedDateTime.now(almaty));
            eddie.driver().get(base + "newsroom/");
            while (MINUTE.format(ZonedDateTime.now(almaty)).equals(firstVisit)) {
                Thread.sleep(1000);  // the notice shows minutes: wait for the next one
            }
            eddie.driver().get(base + "newsroom/edit.xhtml?id=" + id);
            eddie.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
            String secondVisit = MINUTE.format(ZonedDateTime.now(almaty));

            signIn(erin, base, Staff.OTHER_EDITOR, "newsroom/edit.xhtml?id=" + id);
            String notice = erin.driver().findElement(By.id("lockWarning")).getText();
            assertTrue(notice.contains("Eddie Editor is editing since " + secondVisit), notice);
        }
    }
}
