package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The homepage's latest articles, a page at a time, as a reader pages through them (issue 11, point 8). */
class HomepagePagerBrowserIT extends AgainstTheServer {

    /** At least three pages, whichever tests ran before. */
    private void publishUntilThereAreThirteen() throws Exception {
        int total = Json.createReader(new StringReader(new StaffClient(base.toURI()).get("api/articles?edition=en&size=1").body()))
                .readObject().getInt("total");
        StaffClient editor = total >= 13 ? null : Staff.as(base.toURI(), Staff.EDITOR);
        for (int i = total; i < 13; i++) {
            HttpResponse<String> published = editor.publish("Page news " + i + " " + UUID.randomUUID(),
                    "<p>Text.</p>", "economy");
            assertEquals(200, published.statusCode(), published.body());
        }
    }

    @Test
    void olderOnTheHomepageReachedWithTheKeyboardShowsTheNextSixArticles() throws Exception {
        publishUntilThereAreThirteen();
        List<String> secondSix = apiTitles("api/articles?edition=en&page=2&size=6");
        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            page.get(base.toString());
            List<String> firstSix = latestHeadlines(page);
            assertEquals(apiTitles("api/articles?edition=en&page=1&size=6"), firstSix, "page 1: the newest six");

            Actions keyboard = new Actions(page);
            WebElement focused = null;
            List<String> visited = new ArrayList<>();
            for (int press = 0; press < 300; press++) {
                keyboard.sendKeys(Keys.TAB).perform();
                focused = page.switchTo().activeElement();
                visited.add(focused.getTagName() + ":" + focused.getText() + ":" + focused.getAttribute("rel"));
                if ("next".equals(focused.getAttribute("rel"))) {
                    break;
                }
            }
            assertEquals("Older »", focused.getText(), "Tab reaches the pager's Older link: " + visited);
            focused.sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.urlContains("page=2"));
            browser.waiting().until(ExpectedConditions.textMatches(By.className("results"),
                    Pattern.compile("Viewing results 7 - 12 of \\d+")));
            assertEquals(secondSix, latestHeadlines(page), "page 2: the next six, none of page 1");
            assertEquals("2", page.findElement(By.cssSelector(".pager [aria-current=page]")).getText());
            browser.screenshot("homepage-page-2");

            page.findElement(By.cssSelector(".pager a[rel=prev]")).sendKeys(Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textMatches(By.className("results"),
                    Pattern.compile("Viewing results 1 - 6 of \\d+")));
            assertEquals(firstSix, latestHeadlines(page), "Newer goes back to page 1");
        }
    }

    @Test
    void aHomepagePagePastTheLastIsNotFound() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        String caption = reader.get("").body().replaceAll("(?s).*Viewing results 1 - \\d+ of (\\d+).*", "$1");
        int lastPage = (Integer.parseInt(caption) + 5) / 6;
        assertEquals(200, reader.get("?page=" + lastPage).statusCode());
        assertEquals(404, reader.get("?page=" + (lastPage + 1)).statusCode());
        assertEquals(404, reader.get("?page=0").statusCode());
        assertEquals(404, reader.get("?page=abc").statusCode(), "not a server error");
    }

    private static List<String> latestHeadlines(WebDriver page) {
        return page.findElements(By.cssSelector("section.latest .teaser__title")).stream().map(WebElement::getText).toList();
    }

    private List<String> apiTitles(String path) throws Exception {
        HttpResponse<String> answer = new StaffClient(base.toURI()).get(path);
        assertEquals(200, answer.statusCode(), answer.body());
        try (JsonReader json = Json.createReader(new StringReader(answer.body()))) {
            return json.readObject().getJsonArray("articles").getValuesAs(JsonObject.class).stream()
                    .map(article -> article.getString("title")).toList();
        }
    }
}
