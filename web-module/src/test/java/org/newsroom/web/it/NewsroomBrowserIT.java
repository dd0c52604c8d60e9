package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The newsroom in a real browser: write, submit, publish, two editors at once, hostile HTML. */
class NewsroomBrowserIT extends AgainstTheServer {

    @Test
    void aReporterWritesAndSubmitsAnEditorPublishesAndItIsOnTheSite() throws Exception {
        Staff.ensureAccounts(base.toURI());
        String title = "Almaty apples " + unique();
        try (Browser reporter = Browser.start()) {
            signIn(reporter, Staff.REPORTER, "newsroom/edit.xhtml");
            WebDriver page = reporter.driver();
            page.findElement(By.id("editor:title")).sendKeys(title);
            page.findElement(By.cssSelector("#editor\\:body .ql-editor")).sendKeys("The harvest came early this year.");
            page.findElement(By.id("editor:submit")).click();
            reporter.waiting().until(ExpectedConditions.textToBe(By.id("status"), "In review"));
        }
        try (Browser editor = Browser.start()) {
            signIn(editor, Staff.EDITOR, "newsroom/");
            WebDriver page = editor.driver();
            assertTrue(page.findElement(By.id("waiting")).getText().contains(title), "waiting for review");
            editor.size(1280, 1400);
            editor.screenshot("newsroom-dashboard");
            page.findElement(By.linkText(title)).click();
            editor.waiting().until(ExpectedConditions.elementToBeClickable(By.id("editor:publish"))).click();
            editor.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Published"));

            page.get(base.toString());
            assertTrue(page.getPageSource().contains(title), "on the homepage");
            page.findElement(By.linkText(title)).click();
            assertTrue(page.findElement(By.className("article__body")).getText().contains("The harvest came early"));
        }
    }

    @Test
    void aSecondEditorSeesTheLockTakesOverAndTheFirstEditorsLaterSaveIsRefusedKeepingTheirTextThenShowsTheConflict() throws Exception {
        Staff.ensureAccounts(base.toURI());
        long id = StaffClient.idOf(Staff.as(base.toURI(), Staff.EDITOR)
                .createDraft("Shared story " + unique(), "<p>Original.</p>", "economy"));
        try (Browser eddie = Browser.start(); Browser erin = Browser.start()) {
            signIn(eddie, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            signIn(erin, Staff.OTHER_EDITOR, "newsroom/edit.xhtml?id=" + id);

            String lock = erin.driver().findElement(By.id("lockWarning")).getText();
            assertTrue(lock.contains("Eddie Editor is editing since"), "the soft lock says who and since when: " + lock);
            erin.driver().findElement(By.id("editor:takeOver")).click();
            erin.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("lockWarning")));

            WebElement erinsTitle = erin.driver().findElement(By.id("editor:title"));
            erinsTitle.clear();
            erinsTitle.sendKeys("Erin's headline");
            erin.driver().findElement(By.id("editor:save")).click();
            erin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "Saved"));

            WebElement eddiesTitle = eddie.driver().findElement(By.id("editor:title"));
            eddiesTitle.clear();
            eddiesTitle.sendKeys("Eddie's headline");
            eddie.driver().findElement(By.id("editor:save")).click();
            eddie.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"),
                    "Erin Editor took over this article"));
            eddie.driver().findElement(By.id("editor:takeOver")).click();
            eddie.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("lockWarning")));
            eddie.driver().findElement(By.id("editor:save")).click();
            eddie.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stale")));

            String warning = eddie.driver().findElement(By.id("stale")).getText();
            assertTrue(warning.contains("Erin Editor"), warning);
            assertEquals("Eddie's headline", eddie.driver().findElement(By.id("editor:title")).getAttribute("value"),
                    "what Eddie typed is still there");
            eddie.size(1280, 1600);
            eddie.screenshot("newsroom-editor-conflict");
        }
    }

    @Test
    void scriptInAnArticleBodyIsInertOnThePublicPage() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Hostile markup " + unique();
        long id = StaffClient.idOf(editor.createDraft(title, "<p>Text.</p><script>window.__xss = 'script'</script>"
                + "<img src=\"x\" onerror=\"window.__xss = 'onerror'\"><a href=\"javascript:window.__xss='link'\">link</a>",
                "politics"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");
        try (Browser reader = Browser.start()) {
            reader.driver().get(base + "article.xhtml?slug=" + slug);
            reader.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("article__body")));
            Thread.sleep(500);
            assertNull(((JavascriptExecutor) reader.driver()).executeScript("return window.__xss;"), "nothing ran");
            for (WebElement link : reader.driver().findElements(By.cssSelector(".article__body a"))) {
                assertTrue(!String.valueOf(link.getAttribute("href")).startsWith("javascript"), "no script link");
            }
        }
    }

    private void signIn(Browser browser, String username, String path) {
        WebDriver page = browser.driver();
        page.get(base + path);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        page.findElement(By.id("j_username")).sendKeys(username);
        page.findElement(By.id("j_password")).sendKeys(Staff.PASSWORD);
        page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("newsroom-nav")));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
