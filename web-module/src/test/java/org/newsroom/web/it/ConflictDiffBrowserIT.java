package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Two editors change the same article; the one who saves second sees what differs between the two
 * versions, and only that: not the markup the browser's editor respelled, nor sections and tags in
 * another order (issue 11, point 5).
 */
class ConflictDiffBrowserIT extends AgainstTheServer {

    /** Quotes, plus, equals and at-signs are stored as entities, bold as b: the browser's editor respells all of it. */
    private static final String BODY = "<p>Нацбанк: «курс +2%» и \"рост\" = успех @almaty, it's <b>жирный</b> день.</p>"
            + "<p>Второй   абзац&nbsp;текста.</p>";

    @Test
    void theConflictViewListsOnlyTheHeadlineBothEditorsChanged() throws Exception {
        StaffClient erin = Staff.as(base.toURI(), Staff.OTHER_EDITOR);
        String run = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = erin.json("POST", "api/newsroom/articles", "{\"title\":"
                + StaffClient.quote("Курс тенге " + run) + ",\"body\":" + StaffClient.quote(BODY)
                + ",\"sectionSlugs\":[\"kazakhstan\",\"economy\"],\"tags\":[\"тенге\",\"Нацбанк\",\"2026\"]}");
        assertEquals(201, created.statusCode(), created.body());
        long id = StaffClient.idOf(created);

        try (Browser eddie = Browser.start()) {
            signIn(eddie, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = eddie.driver();
            eddie.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#editor\\:body .ql-editor")));

            saveWithANewHeadline(erin, id, "Курс тенге вырос " + run);

            WebElement headline = page.findElement(By.id("editor:title"));
            headline.sendKeys(Keys.END, " — итоги недели");
            page.findElement(By.id("editor:save")).click();
            eddie.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("stale")));

            List<String> changedFields = page.findElements(By.cssSelector("#stale h3")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Title"), changedFields,
                    "only the headline differs: not the body's respelled markup, not sections or tags in another order");
            String diff = page.findElement(By.cssSelector("#stale .diff")).getText();
            assertTrue(diff.contains("вырос") && diff.contains("итоги недели"), diff);
            eddie.size(1280, 1600);
            eddie.screenshot("newsroom-conflict-only-real-changes");
        }
    }

    /** Erin's save, as her own tool sends it: everything as loaded, with a new headline. */
    private static void saveWithANewHeadline(StaffClient erin, long id, String headline) throws Exception {
        JsonObject article;
        try (JsonReader json = Json.createReader(new StringReader(
                erin.json("GET", "api/newsroom/articles/" + id, null).body()))) {
            article = json.readObject();
        }
        JsonObject edit = Json.createObjectBuilder(article).add("title", headline).build();
        HttpResponse<String> saved = erin.json("PUT", "api/newsroom/articles/" + id, edit.toString());
        assertEquals(200, saved.statusCode(), saved.body());
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
}
