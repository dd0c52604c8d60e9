package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.settings.RateSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public rates page as a reader uses it: from the ticker, the chart by keyboard, the converter typed. */
class RatesPageBrowserIT extends InOneBrowser {

    @Test
    void fromTheTickerToTheTableAndTheChartByKeyboard() throws Exception {
        WebDriver page = browser.driver();
        page.get(base.toString());
        page.findElement(By.className("ticker__all")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlToBe(base + "rates"));
        assertEquals("Exchange rates", page.findElement(By.tagName("h1")).getText());
        assertStyled(page);

        List<String> pairs = page.findElements(By.className("rates-table__pair")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("KGS/USD", "KZT/USD", "TJS/USD", "UZS/USD", "TMT/USD"), pairs);
        JsonObject tenge = latest("KZT");
        WebElement kztRow = page.findElement(By.id("rate-KZT"));
        assertEquals(tenge.getString("display"), kztRow.findElement(By.className("rates-table__value")).getText());
        assertTrue(kztRow.findElement(By.className("rates-table__source")).getText()
                .startsWith(RateSource.bankNameOf(tenge.getString("source"))), "the bank by name, e.g. National Bank of Kazakhstan");
        assertEquals(tenge.getString("effectiveDate"), kztRow.findElement(By.className("rates-table__date")).getText().split("\\s")[0]);

        assertTrue(chartTitle().startsWith("KGS/USD, 90 days to"), "the first currency over 90 days at first: " + chartTitle());
        page.findElement(By.cssSelector(".rates-chart__currencies")).findElement(By.linkText("KZT")).sendKeys(Keys.ENTER);
        browser.waiting().until(driver -> chartTitle().startsWith("KZT/USD, 90 days"));
        page.findElement(By.linkText("365 days")).sendKeys(Keys.ENTER);
        browser.waiting().until(driver -> chartTitle().startsWith("KZT/USD, 365 days"));
        String points = page.findElement(By.cssSelector("#chart polyline")).getAttribute("points");
        assertTrue(points.split(" ").length >= 3, "a line through the year's KZT rates: " + points);
        assertTrue(page.findElement(By.cssSelector("#chart desc")).getAttribute("textContent")
                .contains(tenge.getString("display")), "the description names today's figure");
        assertEquals("true", page.findElement(By.linkText("365 days")).getAttribute("aria-current"));
        browser.size(1280, 1800);
        browser.screenshot("rates-page-chart");
    }

    @Test
    void theConverterComputesExactlyWhatIsTypedAndKeepsWhatItCannotRead() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "rates?chart=UZS&days=30");
        WebElement amount = page.findElement(By.id("amount"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "1 000,50");
        page.findElement(By.id("from")).sendKeys("KZT");
        page.findElement(By.id("to")).sendKeys("UZS");
        page.findElement(By.id("amount")).sendKeys(Keys.ENTER);

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("conversion")));
        JsonObject tenge = latest("KZT");
        JsonObject sum = latest("UZS");
        BigDecimal expected = new BigDecimal("1000.50")
                .multiply(BigDecimal.valueOf(tenge.getInt("nominal"))).multiply(sum.getJsonNumber("quote").bigDecimalValue())
                .divide(tenge.getJsonNumber("quote").bigDecimalValue().multiply(BigDecimal.valueOf(sum.getInt("nominal"))),
                        MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_UP);
        assertEquals("1000.50 KZT = " + expected.toPlainString() + " UZS", page.findElement(By.id("conversion")).getText());
        assertTrue(chartTitle().startsWith("UZS/USD, 30 days"), "the chart stays as chosen: " + chartTitle());

        for (String words : List.of("бір мың теңге", "сто рублей")) {
            amount = page.findElement(By.id("amount"));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, words, Keys.ENTER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("amount-error"),
                    "Write the amount as a number, e.g. 1500 or 1 500,50."));
            assertEquals(words, page.findElement(By.id("amount")).getAttribute("value"), "what was typed is kept");
            assertEquals("true", page.findElement(By.id("amount")).getAttribute("aria-invalid"));
            assertTrue(page.findElements(By.id("conversion")).isEmpty());
        }
        browser.screenshot("rates-page-converter-refused");
    }

    @Test
    void thePageIsCachedAndRevalidatedLikeOtherReaderPages() throws Exception {
        StaffClient reader = new StaffClient(base.toURI());
        HttpResponse<String> first = reader.get("rates?chart=TJS");
        assertEquals(200, first.statusCode());
        HttpResponse<String> second = reader.get("rates?chart=TJS");
        if (!"hit".equals(second.headers().firstValue("X-Page-Cache").orElse(""))) {
            // The once-a-second look at the database may have moved the content generation on just after
            // the first was rendered (earlier tests' writes): one more pair decides, as in PageCacheIT.
            Thread.sleep(1_100);
            first = reader.get("rates?chart=TJS");
            second = reader.get("rates?chart=TJS");
        }
        assertEquals("hit", second.headers().firstValue("X-Page-Cache").orElse(""), "the second reader gets the kept page");
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, reader.get("rates?chart=TJS", "If-None-Match", etag).statusCode());
        assertFalse(first.headers().firstValue("Set-Cookie").isPresent(), "no session for a reader");
        assertEquals(first.body(), second.body());
        System.out.println("RatesPageBrowserIT: /rates is " + second.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + " bytes of HTML, uncompressed");
    }

    @Test
    void theRussianEditionHasItsOwnRatesPageInRussianFromItsTicker() throws Exception {
        WebDriver page = browser.driver();
        page.get(base + "ru/");
        page.findElement(By.className("ticker__all")).sendKeys(Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlToBe(base + "ru/rates"));
        assertEquals("ru", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Курсы валют", page.findElement(By.tagName("h1")).getText());
        assertTrue(page.findElement(By.linkText("365 дней")).isDisplayed(), "periods counted in Russian");
        page.findElement(By.linkText("30 дней")).sendKeys(Keys.ENTER);
        browser.waiting().until(driver -> chartTitle().contains("30 дней до"));
        assertTrue(page.getCurrentUrl().startsWith(base + "ru/rates?"), "the chart stays in the edition: " + page.getCurrentUrl());

        WebElement amount = page.findElement(By.id("amount"));
        amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "сто тенге", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("amount-error"),
                "Введите сумму числом, например 1500 или 1 500,50."));
        assertEquals("сто тенге", page.findElement(By.id("amount")).getAttribute("value"), "what was typed is kept");
        assertTrue(page.getCurrentUrl().startsWith(base + "ru/rates"), "the converter answers in the edition");
        String table = page.findElement(By.className("rates-table")).getText();
        assertTrue(table.contains("Валюта") && table.contains("Источник"), table);
        assertFalse(table.contains(" per "), "the official rate reads in Russian: " + table);
        assertTrue(table.contains("Национальный банк Кыргызской Республики"), "the banks are named in Russian: " + table);
        assertStyled(page);
        browser.screenshot("rates-page-russian");
    }

    /** The page's own stylesheet is there: the chart's choices are a row of pills, not a bulleted list. */
    private static void assertStyled(WebDriver page) {
        assertEquals("flex", page.findElement(By.className("rates-chart__currencies")).getCssValue("display"),
                "rates.css is applied");
    }

    private String chartTitle() {
        return browser.driver().findElement(By.cssSelector("#chart title")).getAttribute("textContent");
    }

    private JsonObject latest(String currency) throws Exception {
        String body = new StaffClient(base.toURI()).get("api/rates").body();
        return Json.createReader(new StringReader(body)).readObject().getJsonArray("rates").getValuesAs(JsonObject.class)
                .stream().filter(rate -> rate.getString("currency").equals(currency)).findFirst().orElseThrow();
    }
}
