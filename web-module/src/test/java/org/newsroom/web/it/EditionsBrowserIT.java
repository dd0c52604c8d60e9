package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.news.slug.Slugs;
import org.newsroom.web.http.Permalinks;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reader of the Russian edition (issue 14): its homepage, an article and the way to its English
 * translation and back, a section under its Russian name, a search typed in Russian, a missing page; and
 * on every one of them no English word left (the site's name and currency codes aside).
 */
class EditionsBrowserIT extends InOneBrowser {

    /** Digits: a Latin run id would itself be an "English word" on the page. */
    private static final String RUN = String.format("%06d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000L));
    private static final String RUSSIAN_SAMPLE = "Визит Токаева в Вашингтон: мир — не слишком далёкий мост";
    private static final String ENGLISH_SAMPLE = "President Tokayev’s Washington Visit: Peace is Not a Bridge Too Far";
    private static final Pattern RUSSIAN_DAY = Pattern.compile(
            "\\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \\d{4}");
    /**
     * A word in Latin letters, at least three with a small one: currency codes (USD, KZT) are not words;
     * names that are never translated (the site's, the share services', people's) are marked translate="no".
     */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]{2,}");

    private static boolean published;

    private void publishARussianArticle() throws Exception {
        if (published) {
            return;
        }
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        assertEquals(200, editor.publish("Нацбанк сохранил курс " + RUN, "<p>Базовая ставка не изменилась.</p>",
                "economy").statusCode());
        published = true;
    }

    /**
     * The interface's visible words: outside any element marked as another language (lang="en": "English
     * edition") or as never translated, and outside what staff wrote (headlines, excerpts, bodies: other
     * tests publish what they like in the Russian edition).
     */
    private String russianText() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var out = [];"
                + "var walk = function (node) {"
                + "  if (node.nodeType === 3) { out.push(node.textContent); return; }"
                + "  if (node.nodeType !== 1 || node.tagName === 'SCRIPT' || node.tagName === 'STYLE') { return; }"
                + "  if (node !== document.body && node.hasAttribute('lang') && node.getAttribute('lang') !== 'ru') { return; }"
                + "  if (node.getAttribute('aria-hidden') === 'true' || node.getAttribute('translate') === 'no') { return; }"
                + "  if (node.matches('.teaser, .article__title, .article__standfirst, .article__body, .article__tags')) { return; }"
                + "  for (var i = 0; i < node.childNodes.length; i++) { walk(node.childNodes[i]); }"
                + "};"
                + "walk(document.body); return out.join(' ');");
    }

    private void noEnglishLeft(String where) {
        assertEquals("ru", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), where);
        var english = ENGLISH_WORD.matcher(russianText());
        List<String> found = english.results().map(match -> match.group()).distinct().toList();
        assertEquals(List.of(), found, "English words on the Russian edition's " + where);
    }

    @Test
    void theRussianHomepageIsInRussianWithRussianDatesAndLinksTheEnglishEdition() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "ru/");
        // textContent: the stylesheet shows headings in capitals
        List<String> headings = page.findElements(By.cssSelector("section.latest .date-heading")).stream()
                .map(heading -> heading.getAttribute("textContent").strip()).toList();
        assertTrue(!headings.isEmpty() && headings.stream().allMatch(h -> RUSSIAN_DAY.matcher(h).matches()), headings.toString());
        assertTrue(page.findElement(By.className("results")).getText().startsWith("Показаны 1–"),
                page.findElement(By.className("results")).getText());
        assertEquals("Новости Центральной Азии", page.findElement(By.className("masthead__tagline")).getText());
        assertTrue(page.findElements(By.linkText(ENGLISH_SAMPLE)).isEmpty(), "no English article in the Russian edition");
        noEnglishLeft("homepage");
        browser.screenshot("edition-ru-homepage");

        page.findElement(By.linkText("English edition")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals(base.toString(), page.getCurrentUrl());
        String englishDay = page.findElement(By.className("date-heading")).getAttribute("textContent").strip();
        assertTrue(englishDay.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"), englishDay);
        assertTrue(page.findElements(By.linkText(RUSSIAN_SAMPLE)).isEmpty(), "no Russian article in the English edition");
        browser.screenshot("edition-en-homepage");
        page.findElement(By.linkText("Русская версия")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
    }

    @Test
    void aRussianArticleLinksItsEnglishTranslationAndBack() throws Exception {
        WebDriver page = browser.driver();
        // the sample's address (other tests' newer stories may have pushed it off the first page of lists)
        String russian = base + "ru/2026/02/" + Permalinks.encodeSegment(Slugs.fromTitle(RUSSIAN_SAMPLE)) + "/";
        page.get(russian);
        assertEquals(RUSSIAN_SAMPLE, page.findElement(By.className("article__title")).getText());
        assertEquals(russian, page.getCurrentUrl(), "the Russian edition's permalink");
        assertTrue(RUSSIAN_DAY.matcher(page.findElement(By.className("article__meta")).getText()).find(),
                page.findElement(By.className("article__meta")).getText());
        noEnglishLeft("article");
        browser.screenshot("edition-ru-article");

        page.findElement(By.linkText("Read in English")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertEquals(ENGLISH_SAMPLE, page.findElement(By.className("article__title")).getText());

        page.findElement(By.linkText("Читать на русском")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
        assertEquals(russian, page.getCurrentUrl(), "back where the reader started");
        assertEquals(RUSSIAN_SAMPLE, page.findElement(By.className("article__title")).getText());
    }

    @Test
    void aSectionOfTheRussianEditionHasItsRussianName() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "ru/kazakhstan");
        assertEquals("Казахстан", page.findElement(By.id("listing-heading")).getText());
        assertTrue(page.findElement(By.className("results")).getText().startsWith("Показаны 1–"));
        assertTrue(page.findElements(By.partialLinkText("Tokayev")).isEmpty(), "no English story in the Russian list");
        noEnglishLeft("section page");
        page.get(base + "kazakhstan");
        assertEquals("Kazakhstan", page.findElement(By.id("listing-heading")).getText());
    }

    @Test
    void aSearchTypedInRussianOnTheRussianEditionFindsAnotherFormOfTheWord() throws Exception {
        publishARussianArticle();
        WebDriver page = browser.driver();
        page.get(base + "ru/");
        WebElement box = page.findElement(By.id("site-search"));
        box.click();
        box.sendKeys("курсом " + RUN);
        box.sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("q="));
        assertTrue(page.getCurrentUrl().startsWith(base + "ru/search"), page.getCurrentUrl());
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("results")));
        assertEquals("Показаны 1–1 из 1 материала", page.findElement(By.className("results")).getText());
        assertEquals(List.of("Нацбанк сохранил курс " + RUN), page.findElements(By.cssSelector(".teaser__title")).stream()
                .map(WebElement::getText).toList(), "курсом finds курс");
        noEnglishLeft("search page");
        browser.screenshot("edition-ru-search");
    }

    @Test
    void aMissingPageOfTheRussianEditionSaysSoInRussian() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "ru/net-takoy-stranicy-" + RUN);
        assertEquals("Страница не найдена", page.findElement(By.tagName("h1")).getText());
        noEnglishLeft("404 page");
        page.get(base + "net-takoy-stranicy-" + RUN);
        assertEquals("Page not found", page.findElement(By.tagName("h1")).getText());
    }
}
