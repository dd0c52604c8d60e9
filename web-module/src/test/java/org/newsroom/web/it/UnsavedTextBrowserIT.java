package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.web.it.StaffPages.KAZAKH_LETTERS;
import static org.newsroom.web.it.StaffPages.signIn;
import static org.newsroom.web.it.StaffPages.unique;

import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Nothing typed is lost: autosave, the question before leaving, Ctrl+S, and a session that ended. */
class UnsavedTextBrowserIT extends AgainstTheServer {

    private static final String TYPED = "Новый абзац о тенге, " + KAZAKH_LETTERS + ".";

    private long draft(StaffClient reporter) throws Exception {
        return StaffClient.idOf(reporter.createDraft("Черновик " + unique(), "<p>Первый абзац.</p>", "economy"));
    }

    private static String revisions(StaffClient client, long id) throws Exception {
        return client.json("GET", "api/newsroom/articles/" + id + "/revisions", null).body();
    }

    private static String versionOf(StaffClient client, long id) throws Exception {
        return client.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
    }

    @Test
    void typedTextIsAutosavedWithoutARevisionAndOfferedBackWhenTheEditorIsOpenedAgain() throws Exception {
        StaffClient reporter = Staff.as(base.toURI(), Staff.REPORTER);
        long id = draft(reporter);
        String revisionsBefore = revisions(reporter, id);
        String versionBefore = versionOf(reporter, id);
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.REPORTER, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = browser.driver();
            StaffPages.typeIntoBody(page, TYPED);
            StaffPages.waitForAutosave(browser);
            assertEquals(revisionsBefore, revisions(reporter, id), "no revision for an autosave");
            assertEquals(versionBefore, versionOf(reporter, id), "the saved version did not move");

            page.get(base + "newsroom/edit.xhtml?id=" + id);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("autosaveOffer")));
            assertFalse(StaffPages.body(page).getText().contains("тенге"), "the saved text until restored");
            page.findElement(By.id("editor:restoreWorkingCopy")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#editor\\:body .ql-editor"),
                    TYPED));
            page.findElement(By.id("editor:save")).click();
            StaffPages.waitForMessage(browser, "Saved.");
            assertTrue(reporter.json("GET", "api/newsroom/articles/" + id, null).body().contains("ұ ү һ і"));
        }
    }

    /**
     * Whether the page asks before it is left: the browser's own question, triggered as the browser does it
     * (headless Chromium under WebDriver navigates a link click without showing the question).
     */
    private static boolean wouldAskBeforeLeaving(WebDriver page) {
        return (Boolean) ((JavascriptExecutor) page).executeScript(
                "var leaving = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(leaving);"
                        + " return leaving.defaultPrevented;");
    }

    @Test
    void leavingWithUnsavedTextAsksFirstAndCtrlSSaves() throws Exception {
        long id = draft(Staff.as(base.toURI(), Staff.REPORTER));
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.REPORTER, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = browser.driver();
            assertFalse(wouldAskBeforeLeaving(page), "nothing typed yet");
            StaffPages.typeIntoBody(page, TYPED);
            assertTrue(wouldAskBeforeLeaving(page), "typed and not saved: leaving asks first");
            StaffPages.waitForAutosave(browser);
            assertTrue(wouldAskBeforeLeaving(page), "autosaved is not saved: still asks");

            StaffPages.body(page).sendKeys(Keys.chord(Keys.CONTROL, "s"));
            StaffPages.waitForMessage(browser, "Saved.");
            assertTrue(Staff.as(base.toURI(), Staff.REPORTER).json("GET", "api/newsroom/articles/" + id, null).body()
                    .contains("ә ғ қ ң"), "Ctrl+S saved the body as typed");
            assertFalse(wouldAskBeforeLeaving(page), "saved: leaves without asking");
            page.findElement(By.linkText("Dashboard")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-heading")));
        }
    }

    @Test
    void aFormSentAfterTheSessionEndedLandsOnSignInThenBackOnTheArticleWithTheAutosavedText() throws Exception {
        long id = draft(Staff.as(base.toURI(), Staff.REPORTER));
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.REPORTER, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = browser.driver();
            StaffPages.typeIntoBody(page, TYPED);
            StaffPages.waitForAutosave(browser);

            page.manage().deleteAllCookies();  // as a server restart or a long sleep leaves it: no session
            page.findElement(By.id("editor:save")).click();
            browser.waiting().until(driver -> StaffPages.acceptLeaving(driver) || !driver.findElements(By.id("j_username")).isEmpty());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            StaffPages.fillSignIn(browser, Staff.REPORTER);

            assertTrue(page.getCurrentUrl().contains("edit.xhtml?id=" + id), page.getCurrentUrl());
            assertTrue(page.findElement(By.id("sessionEnded")).getText().contains("Your session had ended"));
            page.findElement(By.id("editor:restoreWorkingCopy")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#editor\\:body .ql-editor"),
                    TYPED));
        }
    }

    @Test
    void aFormSentToAViewTheServerNoLongerHasOpensTheArticleAgainInsteadOfAServerError() throws Exception {
        long id = draft(Staff.as(base.toURI(), Staff.REPORTER));
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.REPORTER, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = browser.driver();
            String editorTab = page.getWindowHandle();
            StaffPages.typeIntoBody(page, TYPED);
            StaffPages.waitForAutosave(browser);

            // Signed in afresh in another tab: a new session, in which the editor tab's view does not exist.
            page.switchTo().newWindow(WindowType.TAB);
            page.get(base + "robots.txt");
            page.manage().deleteAllCookies();
            signIn(browser, base, Staff.REPORTER, "newsroom/");
            page.close();
            page.switchTo().window(editorTab);

            page.findElement(By.id("editor:save")).click();
            browser.waiting().until(driver -> StaffPages.acceptLeaving(driver)
                    || !driver.findElements(By.id("sessionEnded")).isEmpty());
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sessionEnded")));
            assertFalse(page.getPageSource().contains("ViewExpiredException"));
            assertTrue(page.getCurrentUrl().contains("id=" + id), page.getCurrentUrl());
            assertTrue(page.findElement(By.id("sessionEnded")).getText().contains("restore it below"));
            page.findElement(By.id("editor:restoreWorkingCopy")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#editor\\:body .ql-editor"),
                    TYPED));
        }
    }
}
