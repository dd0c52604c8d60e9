package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.web.it.StaffPages.signIn;
import static org.newsroom.web.it.StaffPages.unique;

import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What readers would lose at once is asked about first: unpublishing, and restoring over a live article. */
class LiveArticleBrowserIT extends AgainstTheServer {

    private static String slugOf(StaffClient client, long id) throws Exception {
        return client.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void unpublishingAsksFirstAndNoLeavesTheArticleLive() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        long id = StaffClient.idOf(editor.createDraft("Паводок в Атырау " + unique(), "<p>Вода отступает.</p>", "kazakhstan"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = browser.driver();
            page.findElement(By.id("editor:unpublish")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:confirmNo"))).click();
            Thread.sleep(1000);
            assertEquals("Published", page.findElement(By.id("status")).getText(), "No: nothing happened");
            assertEquals(200, editor.get("article.xhtml?slug=" + slugOf(editor, id)).statusCode());

            page.findElement(By.id("editor:unpublish")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:confirmYes"))).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Unpublished"));
            assertEquals(410, editor.get("article.xhtml?slug=" + slugOf(editor, id)).statusCode());
        }
    }

    @Test
    void restoringARevisionOfALiveArticleAsksThenPutsItIntoTheEditorAndReadersSeeItOnlyOnceSaved() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String old = "Старый заголовок " + unique();
        String current = "Новый заголовок " + unique();
        long id = StaffClient.idOf(editor.createDraft(old, "<p>Текст.</p>", "kazakhstan"));
        String version = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        editor.json("PUT", "api/newsroom/articles/" + id, "{\"version\":" + version + ",\"title\":" + StaffClient.quote(current)
                + ",\"body\":\"<p>Текст.</p>\",\"sectionSlugs\":[\"kazakhstan\"]}");
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = slugOf(editor, id);
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.EDITOR, "newsroom/revisions.xhtml?id=" + id);
            WebDriver page = browser.driver();
            // The list is newest first: the last row is revision 1, the old headline.
            var restoreButtons = page.findElements(By.cssSelector("[id$=':restore']"));
            restoreButtons.get(restoreButtons.size() - 1).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("revisions:confirmYes"))).click();

            browser.waiting().until(ExpectedConditions.urlContains("edit.xhtml"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
            assertEquals(old, page.findElement(By.id("editor:title")).getAttribute("value"), "the old revision is in the editor");
            assertTrue(page.findElement(By.id("editor:messages")).getText().contains("Readers still see"));
            assertTrue(editor.get("article.xhtml?slug=" + slug).body().contains(current), "readers still see the live text");

            page.findElement(By.id("editor:save")).click();
            StaffPages.waitForMessage(browser, "Saved.");
            String live = editor.get("article.xhtml?slug=" + slugOf(editor, id)).body();
            assertTrue(live.contains(old), "saved: readers see the restored text");
        }
    }
}
