package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Reading the site in a real browser: desktop and phone, following links, keyboard only. */
class ReaderBrowserIT extends InOneBrowser {

    @Test
    void theHomepageWorksFromDesktopToPhone() throws Exception {
        WebDriver page = browser.driver();
        browser.size(1280, 1600);
        page.get(base.toString());
        browser.screenshot("homepage-desktop");
        browser.size(390, 1600);
        page.navigate().refresh();
        long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0, overflow, "nothing sticks out sideways on a phone");
        browser.screenshot("homepage-phone");
        browser.size(1280, 900);
    }

    @Test
    void aReaderGoesFromTheHomepageToAnArticleToItsSectionAndBack() {
        WebDriver page = browser.driver();
        page.get(base.toString());
        // From a country's block: its stories are filed under that country, so the article links back to it.
        WebElement first = page.findElement(By.cssSelector(".country-block .teaser__title a"));
        String headline = first.getText();
        first.click();
        assertEquals(headline, page.findElement(By.className("article__title")).getText());
        WebElement section = page.findElement(By.cssSelector(".article__sections a"));
        String sectionName = section.getText();
        section.click();
        assertEquals(sectionName, page.findElement(By.id("listing-heading")).getText());
        assertTrue(page.findElement(By.className("results")).getText().startsWith("Viewing results 1 - "));
        page.navigate().back();
        assertEquals(headline, page.findElement(By.className("article__title")).getText(), "back to the article");
    }

    @Test
    void theKeyboardAloneReachesEveryArticleLinkOnTheHomepage() {
        WebDriver page = browser.driver();
        page.get(base.toString());
        List<String> articleLinks = page.findElements(By.cssSelector(".teaser__title a")).stream()
                .map(link -> link.getAttribute("href")).distinct().toList();
        Set<String> reached = new HashSet<>();
        Actions keyboard = new Actions(page);
        for (int press = 0; press < 200 && !reached.containsAll(articleLinks); press++) {
            keyboard.sendKeys(Keys.TAB).perform();
            WebElement focused = page.switchTo().activeElement();
            if ("a".equals(focused.getTagName())) {
                reached.add(focused.getAttribute("href"));
            }
        }
        assertTrue(reached.containsAll(articleLinks), "every article link can be reached with Tab");
        assertTrue(articleLinks.size() >= 6);
    }
}
