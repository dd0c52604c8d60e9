package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin imports the WordPress export from the page: chooses the file in the file input, types where the
 * old site's uploads are served (a slow loopback stand-in, so there is progress to watch), watches the bar
 * move (and survive a reload), reads the report, then opens three articles at their old WordPress addresses
 * and sees their images with captions.
 */
class WordPressImportBrowserIT extends AgainstTheServer {

    @Test
    void anAdminImportsTheArchiveWatchesItAndReadsTheOldAddresses() throws Exception {
        HttpServer oldSite = WordPressFixture.serveUploads(base.getHost(), 120);
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            page.get(base + "newsroom/admin/import.xhtml");
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            page.findElement(By.id("j_username")).sendKeys("admin");
            page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD, Keys.ENTER);
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));

            page.findElement(By.id("import:file")).sendKeys(WordPressFixture.wxr().toString());
            WebElement zone = page.findElement(By.id("import:siteTimeZone"));
            assertEquals("Asia/Almaty", zone.getAttribute("value"), "the newsroom's zone is offered");
            page.findElement(By.id("import:uploadsUrl")).sendKeys(WordPressFixture.uploadsUrl(oldSite, base.getHost()), Keys.ENTER);

            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bar")));
            List<Integer> seen = new ArrayList<>();
            boolean reloaded = false;
            Instant until = Instant.now().plus(Duration.ofMinutes(2));
            while (Instant.now().isBefore(until)) {
                String state = text(page, "state");
                int done = Integer.parseInt(attribute(page, "bar", "value"));
                seen.add(done);
                if (!reloaded && done > 0 && state.contains("Running")) {
                    page.navigate().refresh();       // the run goes on, and the page finds it again
                    admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bar")));
                    assertTrue(Integer.parseInt(attribute(page, "bar", "value")) >= done, "progress survives a reload");
                    reloaded = true;
                }
                if (state.contains("Finished")) {
                    break;
                }
                Thread.sleep(300);
            }
            int total = Integer.parseInt(text(page, "total"));
            assertEquals(108, total);
            assertTrue(text(page, "state").contains("Finished"), text(page, "state"));
            assertTrue(reloaded, "the page was reloaded while the import ran: " + seen);
            assertTrue(seen.stream().anyMatch(done -> done > 0 && done < total), "the bar moved through " + seen);

            assertEquals("0", text(page, "failed"));
            assertEquals("10", text(page, "skipped"));
            assertEquals(98, Integer.parseInt(text(page, "created")) + Integer.parseInt(text(page, "updated"))
                    + Integer.parseInt(text(page, "unchanged")));
            String report = text(page, "run:lines");
            assertTrue(report.contains("a menu entry, not content") && report.contains("trash"), report);
            assertTrue(page.findElement(By.id("csv")).getAttribute("href").endsWith("/report.csv"));
            admin.size(1280, 1600);
            admin.screenshot("wordpress-import-report");

            // Three articles at the addresses the world has for them: an old slug, ?p=, a permalink.
            for (String old : List.of("2025/11/uzbekistan-to-raise-minimum-wage-by-10-percent/", "?p=19",
                    "2026/08/bishkeks-market-traders-adapt-to-new-cash-register-rules/")) {
                page.get(base + old);
                admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article figure img")));
                assertFalse(page.getCurrentUrl().contains("?"), old + " ended at " + page.getCurrentUrl());
                WebElement image = page.findElement(By.cssSelector("article figure img"));
                admin.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image));
                WebElement caption = page.findElement(By.cssSelector("article figure figcaption"));
                assertFalse(caption.getText().isBlank(), old + ": a caption under the image");
            }
        } finally {
            oldSite.stop(0);
        }
    }

    /** The poll replaces the progress panel every second: read again when it did so under our feet. */
    private static String text(WebDriver page, String id) {
        return fresh(() -> page.findElement(By.id(id)).getText());
    }

    private static String attribute(WebDriver page, String id, String name) {
        return fresh(() -> page.findElement(By.id(id)).getAttribute(name));
    }

    private static String fresh(java.util.function.Supplier<String> read) {
        for (int attempt = 1; ; attempt++) {
            try {
                return read.get();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }
}
