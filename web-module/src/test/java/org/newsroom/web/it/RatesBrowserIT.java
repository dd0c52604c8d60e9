package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The ticker and the rates desk in a real (headless) Chromium; screenshots go to target/screenshots. */
class RatesBrowserIT extends InOneBrowser {

    @Test
    void theHomepageTickerShowsTheFiveCurrenciesWithValuesAndChanges() throws Exception {
        WebDriver page = browser.driver();
        page.get(base.toString());
        List<WebElement> items = page.findElements(By.cssSelector(".ticker__list:not([aria-hidden='true']) .ticker__item"));

        assertEquals(List.of("KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"),
                items.stream().map(item -> item.findElement(By.className("ticker__pair")).getText()).toList());
        for (WebElement item : items) {
            assertTrue(item.findElement(By.className("ticker__value")).getText().matches("0\\.\\d{5,7}"), item.getText());
            assertTrue(item.findElement(By.className("ticker__change")).getText().matches("(?s).*(0%|-?\\d+\\.\\d{2}%)"), item.getText());
        }
        assertTrue(Files.size(browser.screenshot("homepage-ticker")) > 10_000, "a real screenshot was taken");
    }

    @Test
    void theTickerScrollsPausesUnderThePointerAndStandsStillForReadersWhoAskForLessMotion() throws Exception {
        WebDriver page = browser.driver();
        page.get(base.toString());
        WebElement track = page.findElement(By.className("ticker__track"));
        assertEquals("ticker-scroll", style(track, "animationName"), "the ticker scrolls");
        new org.openqa.selenium.interactions.Actions(page).moveToElement(track).perform();
        assertEquals("paused", style(track, "animationPlayState"), "it stops under the pointer");

        ((org.openqa.selenium.chrome.ChromeDriver) page).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        page.navigate().refresh();
        assertEquals("none", style(page.findElement(By.className("ticker__track")), "animationName"),
                "with reduced motion requested it stands still");
        ((org.openqa.selenium.chrome.ChromeDriver) page).executeCdpCommand("Emulation.setEmulatedMedia",
                java.util.Map.of("features", List.of()));
    }

    private String style(WebElement element, String property) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return getComputedStyle(arguments[0])[arguments[1]];", element, property));
    }

    @Test
    void anEditorSeesSourceStatusAndTheHistoryChartOnTheRatesDesk() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "newsroom/rates.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        page.findElement(By.id("j_username")).sendKeys("admin");
        page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD);
        page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas")));
        String sources = page.findElement(By.id("desk:sources")).getText();
        for (String bank : List.of("NBK", "CBU", "NBKR", "NBT")) {
            assertTrue(sources.contains(bank), "the status of " + bank + " is shown");
        }
        assertTrue(sources.contains("HTTP 500"), "NBKR's failure is shown in plain words");
        assertTrue(java.util.regex.Pattern.compile("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}( \\(answered since\\))?: "
                + "NBKR answered HTTP 500").matcher(sources).find(), "with when it happened: " + sources);
        assertFalse(page.findElements(By.cssSelector("#desk\\:chartPanel canvas")).isEmpty(), "the history chart is drawn");

        WebElement chartBefore = page.findElement(By.cssSelector("#desk\\:chartPanel canvas"));
        page.findElement(By.xpath("//div[@id='desk:chartDays']//*[contains(text(),'365 days')]")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(chartBefore));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#desk\\:chartPanel canvas")));
        browser.size(1280, 2600);
        browser.screenshot("rates-desk");
    }
}
