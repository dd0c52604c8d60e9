package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 15, point 3 and the teasers of point 5, as people use them: an admin puts two sections into the
 * readers' menu in an order of their own, typing a Kazakh and a Russian name; a reader Tabs through the
 * menu at desktop width and follows an entry with Enter, opens the folded menu by keyboard on a phone,
 * goes back to the section from an article's breadcrumbs, and sees who wrote each teaser and when.
 */
class SectionMenuBrowserIT extends InOneBrowser {

    private static final String KAZAKH = "Қазақстан";
    private static final String RUSSIAN = "Экономика";

    @Test
    void anAdminArrangesTheMenuAndAReaderUsesItByKeyboardOnDesktopAndPhone() throws Exception {
        WebDriver page = browser.driver();
        browser.size(1366, 900);

        // The admin, in the browser: two new sections typed in Kazakh and Russian, then the menu.
        page.get(base + "newsroom/admin/sections.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        page.findElement(By.id("j_username")).sendKeys("admin");
        page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD);
        page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create:newName")));
        String kazakhSlug = createSection(page, KAZAKH);
        String russianSlug = createSection(page, RUSSIAN);

        WebElement russianRow = menuRow(page, RUSSIAN);
        russianRow.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
        typePosition(russianRow, "1");
        WebElement kazakhRow = menuRow(page, KAZAKH);
        kazakhRow.findElement(By.cssSelector("input[type=checkbox]")).sendKeys(Keys.SPACE);
        typePosition(kazakhRow, "2");
        page.findElement(By.id("menu:saveMenu")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Menu saved"));
        assertTrue(page.findElement(By.id("menu-now")).getText().contains(RUSSIAN + " · " + KAZAKH),
                "the editor reads the menu back in the chosen order: " + page.findElement(By.id("menu-now")).getText());
        browser.screenshot("section-menu-admin");

        // Two stories in the Kazakh section, by an editor, to list and to read.
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String word = "Жайлау" + UUID.randomUUID().toString().substring(0, 4);
        String older = "Көктем " + word + " in the steppe";
        String newer = "Ақмола " + word + " harvest";
        assertEquals(200, editor.publish(older, "<p>Spring in the steppe.</p>", kazakhSlug).statusCode());
        assertEquals(200, editor.publish(newer, "<p>The harvest is in.</p>", kazakhSlug).statusCode());

        // A reader at 1366 px: Tab reaches the menu's entries in the admin's order, each with a visible focus.
        page.manage().deleteAllCookies();
        page.get(base.toString());
        WebElement menu = page.findElement(By.cssSelector("nav[aria-label='Sections']"));
        List<WebElement> entries = menu.findElements(By.cssSelector("ul > li > a"));
        assertEquals(List.of(RUSSIAN, KAZAKH), entries.subList(0, 2).stream().map(WebElement::getText).toList(),
                "the menu lists them first, in the order chosen");
        assertFalse(menu.findElement(By.className("site-menu__toggle")).isDisplayed(), "no menu button on a desktop");
        Actions keyboard = new Actions(page);
        tabTo(page, keyboard, entries.get(0));
        assertFocusVisible(page);
        keyboard.sendKeys(Keys.TAB).perform();
        assertEquals(entries.get(1), page.switchTo().activeElement(), "the next Tab reaches the next entry");
        assertFocusVisible(page);
        keyboard.sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-heading"), KAZAKH));
        assertTrue(URLDecoder.decode(page.getCurrentUrl(), StandardCharsets.UTF_8).endsWith("/" + kazakhSlug), page.getCurrentUrl());
        WebElement current = page.findElement(By.cssSelector("nav[aria-label='Sections'] a[aria-current='page']"));
        assertEquals(KAZAKH, current.getText(), "the section's own page is the current entry");
        assertEquals(1, page.findElements(By.cssSelector("nav[aria-label='Sections'] [aria-current]")).size(), "and only it");
        browser.screenshot("section-menu-desktop-current");

        // Its teasers name who wrote them, linked to the author's page, and when.
        WebElement teaser = teaser(page, newer);
        WebElement author = teaser.findElement(By.cssSelector(".teaser__byline a"));
        assertEquals("Eddie Editor", author.getText());
        assertTrue(author.getAttribute("href").endsWith("/author/" + Staff.EDITOR), author.getAttribute("href"));
        WebElement time = teaser.findElement(By.cssSelector(".teaser__meta time"));
        assertTrue(time.getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), time.getAttribute("datetime"));
        assertTrue(time.getText().matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}"), time.getText());

        // The article's breadcrumbs lead back to the section; its related stories carry byline and time.
        teaser.findElement(By.cssSelector(".teaser__title a")).click();
        WebElement trail = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("nav[aria-label='Breadcrumb'] ol")));
        List<WebElement> crumbs = trail.findElements(By.tagName("li"));
        assertEquals(List.of("Home", KAZAKH, newer), crumbs.stream().map(c -> c.getText().replace("›", "").strip()).toList());
        assertEquals("page", crumbs.get(2).findElement(By.tagName("a")).getAttribute("aria-current"));
        WebElement related = teaser(page, older);
        assertEquals("Eddie Editor", related.findElement(By.cssSelector(".teaser__byline a")).getText(), "a related story's byline");
        assertFalse(related.findElement(By.cssSelector(".teaser__meta time")).getText().isEmpty(), "and its time");
        JsonObject data = Json.createReader(new StringReader(page.findElement(By.cssSelector("script[type='application/ld+json']"))
                .getAttribute("textContent"))).readObject();
        JsonArray items = data.getJsonObject("mainEntityOfPage").getJsonObject("breadcrumb").getJsonArray("itemListElement");
        assertEquals(3, items.size());
        assertEquals(KAZAKH, items.getJsonObject(1).getString("name"));
        assertEquals(2, items.getJsonObject(1).getInt("position"));
        String sectionUrl = URLDecoder.decode(items.getJsonObject(1).getString("item"), StandardCharsets.UTF_8);
        assertTrue(sectionUrl.matches("https?://.+/" + kazakhSlug), "absolute: " + sectionUrl);
        // The article's own byline links to its author's page, as WordPress's does, and says so to search engines.
        WebElement byline = page.findElement(By.cssSelector(".article__meta a[rel='author']"));
        assertEquals("Eddie Editor", byline.getText());
        assertTrue(byline.getAttribute("href").endsWith("/author/" + Staff.EDITOR), byline.getAttribute("href"));
        JsonObject person = data.getJsonArray("author").getJsonObject(0);
        assertEquals("Eddie Editor", person.getString("name"));
        assertTrue(person.getString("url").matches("https?://.+/author/" + Staff.EDITOR), person.toString());
        browser.screenshot("article-breadcrumbs");
        WebElement sectionCrumb = crumbs.get(1).findElement(By.tagName("a"));
        tabTo(page, keyboard, sectionCrumb);
        keyboard.sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-heading"), KAZAKH));

        // A reader on a phone (390 px): the menu is folded behind its button, which the keyboard opens.
        browser.size(390, 844);
        page.get(base.toString());
        menu = page.findElement(By.cssSelector("nav[aria-label='Sections']"));
        WebElement button = menu.findElement(By.className("site-menu__toggle"));
        WebElement first = menu.findElement(By.cssSelector("ul > li > a"));
        assertTrue(button.isDisplayed(), "the menu button shows on a phone");
        assertFalse(first.isDisplayed(), "the entries are folded away");
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertEquals("site-menu-list", button.getAttribute("aria-controls"));
        assertNotEquals(null, page.findElement(By.id(button.getAttribute("aria-controls"))));
        browser.screenshot("section-menu-phone-closed");
        tabTo(page, keyboard, button);
        assertFocusVisible(page);
        keyboard.sendKeys(Keys.ENTER).perform();
        browser.waiting().until(driver -> first.isDisplayed());
        assertEquals("true", button.getAttribute("aria-expanded"));
        keyboard.sendKeys(Keys.TAB).perform();
        assertEquals(first, page.switchTo().activeElement(), "Tab goes from the button into the opened menu");
        assertEquals(RUSSIAN, first.getText());
        browser.screenshot("section-menu-phone-open");
        keyboard.sendKeys(Keys.ESCAPE).perform();
        assertEquals("false", button.getAttribute("aria-expanded"), "Escape folds it again");
        assertEquals(button, page.switchTo().activeElement(), "and gives the focus back to the button");
        keyboard.sendKeys(Keys.SPACE).perform();  // a button opens with Space as well as Enter
        browser.waiting().until(driver -> first.isDisplayed());
        keyboard.sendKeys(Keys.TAB).perform();
        keyboard.sendKeys(Keys.TAB).perform();
        assertEquals(KAZAKH, page.switchTo().activeElement().getText(), "every entry is reachable");
        keyboard.sendKeys(Keys.ENTER).perform();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-heading"), KAZAKH));
        browser.size(1366, 900);
    }

    /** Creates a section by typing its name and answers the web address the newsroom made from it. */
    private String createSection(WebDriver page, String name) {
        WebElement field = page.findElement(By.id("create:newName"));
        field.sendKeys(name);
        page.findElement(By.id("create:save")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Section " + name + " created"));
        Matcher address = Pattern.compile("Section " + name + " created \\(web address \"([^\"]+)\"\\)")
                .matcher(page.findElement(By.id("messages")).getText());
        assertTrue(address.find(), page.findElement(By.id("messages")).getText());
        return address.group(1);
    }

    private WebElement menuRow(WebDriver page, String name) {
        return browser.waiting().until(driver -> driver.findElements(By.cssSelector("[id='menu:menuList'] tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).get(0).getText().equals(name)).findFirst().orElse(null));
    }

    private static void typePosition(WebElement row, String position) {
        WebElement field = row.findElement(By.cssSelector("input[id$='menuPosition']"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(position);
    }

    private static WebElement teaser(WebDriver page, String title) {
        return page.findElement(By.xpath("//article[contains(@class,'teaser')][.//a[normalize-space(.)=\"" + title + "\"]]"));
    }

    /** Presses Tab until {@code target} has the focus, as a keyboard user does. */
    private static void tabTo(WebDriver page, Actions keyboard, WebElement target) {
        for (int press = 0; press < 80 && !target.equals(page.switchTo().activeElement()); press++) {
            keyboard.sendKeys(Keys.TAB).perform();
        }
        assertEquals(target, page.switchTo().activeElement(), "Tab reaches " + target.getText());
    }

    /** The focused element shows it: an outline the stylesheet draws for keyboard focus. */
    private static void assertFocusVisible(WebDriver page) {
        String outline = (String) ((JavascriptExecutor) page).executeScript(
                "var s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth;");
        assertTrue(outline.startsWith("solid") && !outline.endsWith(" 0px"), "visible focus: " + outline);
    }
}
