package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a reader sees of when a story was published and how to pass it on (issue 15, point 5): time on
 * teasers and search results, date and time on the article and "Updated …" once it is edited after
 * publishing, share links to six places without any third-party script, "Copy link" by keyboard.
 */
class ArticleTimesAndSharingBrowserIT extends InOneBrowser {

    @Test
    void teasersSearchAndTheArticleSayWhenAndAnEditSaysUpdated() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String word = "Қазығұрт" + UUID.randomUUID().toString().substring(0, 4);
        String title = "Көктем " + word + " pastures open";
        long id = StaffClient.idOf(editor.createDraft(title, "<p>Early spring.</p>", "kazakhstan"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");

        WebDriver page = browser.driver();
        page.get(base + "kazakhstan");
        WebElement teaser = page.findElement(By.xpath("//article[contains(@class,'teaser')][.//a[text()=\"" + title + "\"]]"));
        String when = teaser.findElement(By.cssSelector(".teaser__meta time")).getText();
        assertTrue(when.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}"), "a section's teaser shows day and time: " + when);

        page.get(base.toString());
        WebElement search = page.findElement(By.id("site-search"));
        search.sendKeys(word);  // typed, in Kazakh
        search.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("search-heading")));
        WebElement hit = page.findElement(By.xpath("//article[contains(@class,'teaser')][.//a[contains(.,\"" + word + "\")]]"));
        assertEquals(when, hit.findElement(By.cssSelector(".teaser__meta time")).getText(), "the search result is dated");

        page.get(base + "article.xhtml?slug=" + slug);
        String meta = page.findElement(By.className("article__meta")).getText();
        assertTrue(meta.contains(when), "the article gives its time too: " + meta);
        assertFalse(meta.contains("Updated"), "not edited since publishing: " + meta);

        Thread.sleep(61_000);  // an edit a minute or more after publishing is one to tell readers of
        String version = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"version\":(\\d+).*", "$1");
        assertEquals(200, editor.json("PUT", "api/newsroom/articles/" + id, "{\"version\":" + version + ",\"title\":" + StaffClient.quote(title)
                + ",\"body\":\"<p>Early spring, and a correction.</p>\",\"sectionSlugs\":[\"kazakhstan\"]}").statusCode());
        page.navigate().refresh();
        String updated = page.findElement(By.className("article__updated")).getText();
        assertTrue(updated.matches("Updated \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}"), updated);
        String jsonLd = page.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("textContent");
        assertTrue(jsonLd.contains("\"dateModified\"") && !jsonLd.replaceAll(".*\"datePublished\":\"([^\"]+)\".*", "$1")
                .equals(jsonLd.replaceAll(".*\"dateModified\":\"([^\"]+)\".*", "$1")), "JSON-LD says it was modified: " + jsonLd);
    }

    @Test
    void shareLinksGoStraightToEachServiceAndCopyLinkWorksFromTheKeyboard() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String title = "Share me " + UUID.randomUUID().toString().substring(0, 6);
        long id = StaffClient.idOf(editor.createDraft(title, "<p>Worth passing on.</p>", "kazakhstan"));
        editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}");
        String slug = editor.json("GET", "api/newsroom/articles/" + id, null).body().replaceAll("(?s).*\"slug\":\"([^\"]+)\".*", "$1");

        WebDriver page = browser.driver();
        page.get(base + "article.xhtml?slug=" + slug + "&fbclid=IwAR" + UUID.randomUUID());
        String canonical = page.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        List<WebElement> links = page.findElements(By.cssSelector(".share__links a"));
        assertEquals(List.of("Telegram", "WhatsApp", "Facebook", "X", "E-mail"), links.stream().map(WebElement::getText).toList());
        for (WebElement link : links) {
            String href = URLDecoder.decode(link.getAttribute("href"), StandardCharsets.UTF_8);
            assertTrue(href.contains(canonical) && !href.contains("fbclid"), link.getText() + " shares the clean address: " + href);
        }
        assertTrue(links.get(0).getAttribute("href").startsWith("https://t.me/share/url?url="));
        assertTrue(links.get(4).getAttribute("href").startsWith("mailto:?subject="));
        // Only our own scripts on the page: no share widget loads anything from elsewhere.
        for (WebElement script : page.findElements(By.cssSelector("script[src]"))) {
            assertTrue(script.getAttribute("src").startsWith(base.getProtocol() + "://" + base.getAuthority()), script.getAttribute("src"));
        }

        WebElement copy = page.findElement(By.cssSelector("[data-copy-link]"));
        assertTrue(copy.isDisplayed(), "the script shows the button");
        Actions keyboard = new Actions(page);
        for (int press = 0; press < 80 && !copy.equals(page.switchTo().activeElement()); press++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals(copy, page.switchTo().activeElement(), "Tab reaches Copy link");
        keyboard.sendKeys(Keys.ENTER).perform();
        WebElement status = page.findElement(By.id("share-status"));
        browser.waiting().until(driver -> !status.getText().isEmpty());
        // Over plain http on a LAN address the browser keeps the clipboard to itself: the link is shown to copy by hand.
        assertTrue(status.getText().equals("Link copied") || status.getText().equals("Copy this link: " + canonical), status.getText());
    }
}
