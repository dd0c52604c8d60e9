package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.http.Permalinks;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reader searching and following tags in Russian and Kazakh: what is typed into the search box,
 * and the Cyrillic in the address bar, arrive as the words themselves (issue 11, point 1).
 */
class CyrillicAddressesBrowserIT extends InOneBrowser {

    /** Unique per run, so the searches find this run's articles only. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String RUSSIAN_TITLE = "Курс тенге укрепился " + RUN;
    private static final String KAZAKH_TITLE = "Өскемен әкімдігі жаңа ғимарат салады " + RUN;
    private static final String KAZAKH_TAG = "Шығыс Қазақстан";

    private static boolean published;

    private void publishTheArticles() throws Exception {
        if (published) {
            return;
        }
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        publish(editor, RUSSIAN_TITLE, "<p>Национальный банк сообщил, что курс тенге вырос за неделю.</p>",
                List.of("тенге", "Нацбанк"));
        publish(editor, KAZAKH_TITLE, "<p>Облыс әкімдігі ұлттық жиһаз орталығы үшін ғимарат салатынын хабарлады; "
                + "құрылыс үкімет қаржысымен жүреді.</p>", List.of(KAZAKH_TAG));
        published = true;
    }

    private static void publish(StaffClient editor, String title, String body, List<String> tags) throws Exception {
        String tagList = String.join(",", tags.stream().map(StaffClient::quote).toList());
        var created = editor.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(title)
                + ",\"body\":" + StaffClient.quote(body) + ",\"sectionSlugs\":[\"kazakhstan\"],\"tags\":[" + tagList + "]}");
        assertEquals(201, created.statusCode(), created.body());
        var done = editor.json("POST", "api/newsroom/articles/" + StaffClient.idOf(created) + "/actions/publish", "{}");
        assertEquals("PUBLISHED", StaffClient.json(done).getString("status"), done.body());
    }

    /** Types into the English edition's search box (Kazakh articles are in it until Kazakh has its own). */
    private void search(String words) {
        search("", words);
    }

    /** Types into an edition's search box ("ru/": the Russian one's) as a person does, Enter included. */
    private void search(String edition, String words) {
        WebDriver page = browser.driver();
        page.get(base + edition + "search");
        WebElement box = page.findElement(By.id("q"));
        box.click();
        box.sendKeys(words);
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("results")));
    }

    private List<String> headlines() {
        return browser.driver().findElements(By.cssSelector(".teaser__title")).stream().map(WebElement::getText).toList();
    }

    @Test
    void tengeTypedIntoTheSearchBoxFindsTheRussianArticleAndStaysInTheBox() throws Exception {
        publishTheArticles();
        search("ru/", "тенге " + RUN);
        assertEquals("тенге " + RUN, browser.driver().findElement(By.id("q")).getAttribute("value"),
                "the box shows what was typed, not ÑÐµÐ½Ð³Ðµ");
        assertEquals("Показаны 1–1 из 1 материала", browser.driver().findElement(By.className("results")).getText(),
                "a Russian article is found in the Russian edition");
        assertEquals(List.of(RUSSIAN_TITLE), headlines());
        browser.screenshot("search-russian");
    }

    @Test
    void anotherFormOfTheWordFindsTheArticleAndItsFormsAreHighlighted() throws Exception {
        publishTheArticles();
        search("ru/", "курсом укрепилась " + RUN);
        assertEquals(List.of(RUSSIAN_TITLE), headlines(), "курсом finds курс, укрепилась finds укрепился");
        List<String> marked = browser.driver().findElements(By.cssSelector(".teaser__title mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marked.containsAll(List.of("Курс", "укрепился")), "the forms the reader did not type are marked: " + marked);
        browser.screenshot("search-russian-stems");
    }

    @Test
    void aKazakhWordTypedIntoTheSearchBoxFindsTheKazakhArticle() throws Exception {
        publishTheArticles();
        search("ғимарат " + RUN);
        assertEquals("ғимарат " + RUN, browser.driver().findElement(By.id("q")).getAttribute("value"));
        assertEquals(List.of(KAZAKH_TITLE), headlines());
        search("жиһаз үкімет");
        assertTrue(headlines().contains(KAZAKH_TITLE), "һ and ү are letters of the words: " + headlines());
    }

    @Test
    void aSearchThatFindsNothingSaysSoInWords() throws Exception {
        search("сөзжоқ" + RUN);
        assertEquals("No articles match “сөзжоқ" + RUN + "”.", browser.driver().findElement(By.className("results")).getText());
    }

    @Test
    void theArticlesCyrillicTagOpensItsListing() throws Exception {
        publishTheArticles();
        WebDriver page = browser.driver();
        search("ru/", "тенге " + RUN);
        page.findElement(By.linkText(RUSSIAN_TITLE)).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("article__tags")));
        page.findElement(By.linkText("#тенге")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("listing-heading")));
        assertEquals("тенге", page.findElement(By.id("listing-heading")).getText());
        assertTrue(page.getCurrentUrl().contains("/ru/tag/"), "the Russian article's tag is the Russian edition's list");
        assertTrue(page.findElement(By.className("results")).getText().startsWith("Показаны 1–"));
        assertTrue(headlines().contains(RUSSIAN_TITLE), headlines().toString());
        browser.screenshot("tag-russian");
    }

    @Test
    void aKazakhTagTypedIntoTheAddressBarOpensItsListing() throws Exception {
        publishTheArticles();
        WebDriver page = browser.driver();
        page.get(URI.create(base.toString()).resolve("tag/").toString() + KAZAKH_TAG);
        assertEquals(KAZAKH_TAG, page.findElement(By.id("listing-heading")).getText());
        assertTrue(headlines().contains(KAZAKH_TITLE), headlines().toString());
        page.get(base + "tag/" + "ұлттықтегжоқ" + RUN);
        assertEquals("No articles are tagged “ұлттықтегжоқ" + RUN + "”.", page.findElement(By.className("results")).getText());
    }

    @Test
    void aTagTypedInAnotherCaseOpensTheSameListWithOneCanonicalAddress() throws Exception {
        publishTheArticles();
        WebDriver page = browser.driver();
        page.get(URI.create(base.toString()).resolve("tag/").toString() + "ШЫҒЫС ҚАЗАҚСТАН");
        assertTrue(headlines().contains(KAZAKH_TITLE), "the capitals find the tag written as “" + KAZAKH_TAG + "”: " + headlines());
        String canonical = page.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        assertTrue(canonical.endsWith("/tag/" + Permalinks.encodeSegment("шығыс қазақстан")), canonical);
        page.get(URI.create(base.toString()).resolve("ru/tag/").toString() + "нацбанк");
        assertTrue(headlines().contains(RUSSIAN_TITLE), "lower case finds the tag written as “Нацбанк”: " + headlines());
    }
}
