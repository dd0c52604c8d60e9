package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The browser-side attacks of the security pass, in real Chromium. */
class ForgedRequestBrowserIT extends AgainstTheServer {

    /**
     * A signed-in editor opens another page on the same host (another port: same-site, so Chromium sends
     * the Lax session cookie along). That page tries a no-cors fetch, a beacon and a Blob upload.
     */
    @Test
    void aPageOnAnotherPortOfTheSameHostCannotPublishOrUploadWithTheEditorsCookie() throws Exception {
        StaffClient api = Staff.as(base.toURI(), Staff.EDITOR);
        StaffClient admin = Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        int uploadsBefore = uploadsBy(admin, Staff.EDITOR);
        long id = StaffClient.idOf(api.createDraft("Подделка из браузера " + UUID.randomUUID(), "<p>x</p>", "kazakhstan"));
        String publish = base + "api/newsroom/articles/" + id + "/actions/publish";
        String upload = base + "api/newsroom/media";
        String attack = "<!DOCTYPE html><title>attack</title><script>"
                + "fetch('" + publish + "', {method:'POST', mode:'no-cors', credentials:'include'})"
                + ".finally(() => { navigator.sendBeacon('" + publish + "');"
                + " return fetch('" + upload + "', {method:'POST', mode:'no-cors', credentials:'include',"
                + " body: new Blob([new Uint8Array([0x89,0x50,0x4e,0x47,0x0d,0x0a,0x1a,0x0a])], {type:'image/png'})}); })"
                + ".finally(() => setTimeout(() => document.title = 'done', 1500));</script>";
        // On the host the application is reached at (a port of its own: same site, another origin).
        HttpServer evil = HttpServer.create(new InetSocketAddress(base.getHost(), 0), 0);
        evil.createContext("/", exchange -> {
            byte[] page = attack.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        evil.start();
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            page.get(base + "newsroom/");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            page.findElement(By.id("j_username")).sendKeys(Staff.EDITOR);
            page.findElement(By.id("j_password")).sendKeys(Staff.PASSWORD + "\n");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("newsroom-nav")));

            page.get("http://" + base.getHost() + ":" + evil.getAddress().getPort() + "/");
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.titleIs("done"));
        } finally {
            evil.stop(0);
        }
        String status = Json.createReader(new StringReader(api.json("GET", "api/newsroom/articles/" + id, null).body()))
                .readObject().getString("status");
        assertEquals("DRAFT", status, "neither the fetch nor the beacon published it");
        assertEquals(uploadsBefore, uploadsBy(admin, Staff.EDITOR), "the Blob upload stored nothing");
    }

    private static int uploadsBy(StaffClient admin, String username) throws Exception {
        return Json.createReader(new StringReader(admin.json("GET", "api/newsroom/admin/audit?max=1000&action=MEDIA_UPLOADED&actor="
                + username, null).body())).readObject().getJsonArray("entries").size();
    }

    /** An article titled to open a script-data escape: the page stays whole and its JSON-LD parses. */
    @Test
    void aHeadlineThatOpensAScriptCommentLeavesThePageWholeAndItsStructuredDataReadable() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "<!--<script> LD " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(200, editor.publish(title, "<p>Тело статьи остаётся на странице.</p>", "kazakhstan").statusCode());
        String slug = null;
        for (var article : Json.createReader(new StringReader(new StaffClient(base.toURI()).get("api/articles?size=50").body()))
                .readObject().getJsonArray("articles")) {
            if (article.asJsonObject().getString("title").equals(title)) {
                slug = article.asJsonObject().getString("slug");
            }
        }
        try (Browser reader = Browser.start()) {
            WebDriver page = reader.driver();
            page.get(base + "article.xhtml?slug=" + slug);
            reader.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("article__title")));
            assertEquals(title, page.findElement(By.className("article__title")).getText());
            assertTrue(page.findElement(By.className("article__body")).getText().contains("остаётся на странице"));
            assertFalse(page.findElements(By.tagName("footer")).isEmpty(), "the footer is still there");
            Object headline = ((JavascriptExecutor) page).executeScript(
                    "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).headline;");
            assertEquals(title, headline, "the structured data parses and carries the headline as written");
        }
    }
}
