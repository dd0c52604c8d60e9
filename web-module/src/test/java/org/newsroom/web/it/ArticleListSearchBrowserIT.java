package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The newsroom's article list finds a story by words of its headline, in Russian too (issue 11, point 12). */
class ArticleListSearchBrowserIT extends AgainstTheServer {

    @Test
    void aRussianHeadlineFragmentTypedInLowerCaseFindsTheDraftAndSaysHowManyMatch() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StaffClient rita = Staff.as(base.toURI(), Staff.REPORTER);
        draft(rita, "Курс ТЕНГЕ укрепился к доллару " + run);
        draft(rita, "Ещё один рекорд Алматы " + run);
        draft(rita, "Weather in Almaty " + run);

        try (Browser editor = Browser.start()) {
            WebDriver page = editor.driver();
            StaffPages.signIn(editor, base, Staff.EDITOR, "newsroom/articles.xhtml");
            WebElement headline = editor.waiting().until(ExpectedConditions.elementToBeClickable(By.id("list:headline")));

            headline.sendKeys("тенге укрепился к доллару " + run);
            editor.waiting().until(ExpectedConditions.textToBe(By.id("list:matching"),
                    "1 article matches “тенге укрепился к доллару " + run + "”."));
            assertEquals(List.of("Курс ТЕНГЕ укрепился к доллару " + run), titles(page));
            editor.screenshot("newsroom-article-list-search");

            headline.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            headline.sendKeys("еще один рекорд");
            editor.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:matching"), "еще один рекорд"));
            editor.waiting().until(driver -> titles(driver).contains("Ещё один рекорд Алматы " + run));

            headline.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            headline.sendKeys(run);
            editor.waiting().until(ExpectedConditions.textToBe(By.id("list:matching"), "3 articles match “" + run + "”."));
            assertEquals(3, titles(page).size());

            // On a phone the table folds into one card per article, each value under its column's name: nothing is
            // cut off at the right or needs a sideways scroll.
            editor.phone();
            page.navigate().refresh();
            editor.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:articles")));
            org.openqa.selenium.JavascriptExecutor script = (org.openqa.selenium.JavascriptExecutor) page;
            assertEquals(390L, script.executeScript("return window.innerWidth"));
            Number pageWidth = (Number) script.executeScript("return document.documentElement.scrollWidth");
            assertTrue(pageWidth.intValue() <= 390, "no sideways scroll on a phone: the page is " + pageWidth + " px wide");
            WebElement firstRow = page.findElement(By.cssSelector("#list\\:articles tbody tr"));
            for (WebElement cell : firstRow.findElements(By.tagName("td"))) {
                Number right = (Number) script.executeScript("return arguments[0].getBoundingClientRect().right", cell);
                assertTrue(right.doubleValue() <= 390, "the cell " + cell.getText() + " ends at " + right + " px");
            }
            String status = firstRow.findElements(By.tagName("td")).get(2).getText();
            assertTrue(status.startsWith("Status"), "the value is labelled with its column on a phone: " + status);
            editor.screenshot("newsroom-article-list-phone");
        }
    }

    private static List<String> titles(WebDriver page) {
        return page.findElements(By.cssSelector("#list\\:articles tbody td:first-child a")).stream()
                .map(WebElement::getText).toList();
    }

    private static void draft(StaffClient reporter, String title) throws Exception {
        HttpResponse<String> created = reporter.createDraft(title, "<p>Текст.</p>", "economy");
        assertEquals(201, created.statusCode(), created.body());
    }
}
