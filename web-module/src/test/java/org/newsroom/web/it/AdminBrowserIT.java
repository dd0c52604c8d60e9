package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An admin's pages in a real browser: a mistake is shown next to its field, then the account is made and audited. */
class AdminBrowserIT extends AgainstTheServer {

    @Test
    void anAdminCreatesAnAccountAfterFixingAMistakeAndFindsItInTheAuditLog() throws Exception {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            page.get(base + "newsroom/admin/accounts.xhtml");
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            page.findElement(By.id("j_username")).sendKeys("admin");
            page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD);
            page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create:username")));

            page.findElement(By.id("create:username")).sendKeys(username);
            page.findElement(By.id("create:displayName")).sendKeys("New Colleague");
            ((JavascriptExecutor) page).executeScript("document.getElementById('create:newRole_input').value = 'REPORTER';");
            passwordFieldElement(page, "password").sendKeys("long-enough-password");
            passwordFieldElement(page, "confirm").sendKeys("a-different-password");
            page.findElement(By.id("create:save")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"), "passwords differ"));
            assertEquals(username, page.findElement(By.id("create:username")).getAttribute("value"), "what was typed stays");

            passwordFieldElement(page, "password").clear();
            passwordFieldElement(page, "password").sendKeys("long-enough-password");
            passwordFieldElement(page, "confirm").clear();
            passwordFieldElement(page, "confirm").sendKeys("long-enough-password");
            page.findElement(By.id("create:save")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), username));

            page.get(base + "newsroom/admin/audit.xhtml");
            String log = page.findElement(By.id("log:entries")).getText();
            assertTrue(log.contains("ACCOUNT_CREATED") || log.contains("created"), log);
            assertTrue(log.contains(username), "the audit log names the new account");
            admin.size(1280, 1400);
            admin.screenshot("admin-audit-log");
        }
    }

    /**
     * A refusal of the domain reaches a Russian-speaking admin in Russian: the browser asks for Russian
     * (Accept-Language: ru, as Chromium sends it when its language is Russian), the staff pages take it as
     * their language, and "the username is taken" comes from the news module's Russian bundle, next to
     * the form, with what was typed kept.
     */
    @Test
    void aRussianSpeakingAdminIsRefusedInRussian() throws Exception {
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            ChromeDriver chromium = (ChromeDriver) page;
            String userAgent = (String) chromium.executeScript("return navigator.userAgent;");
            chromium.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "ru"));
            page.get(base + "newsroom/admin/accounts.xhtml");
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            page.findElement(By.id("j_username")).sendKeys("admin");
            page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD);
            page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create:username")));
            assertEquals("ru", page.findElement(By.tagName("html")).getAttribute("lang"), "the staff pages are in Russian");

            page.findElement(By.id("create:username")).sendKeys("admin");
            page.findElement(By.id("create:displayName")).sendKeys("Второй админ Әлия");
            ((JavascriptExecutor) page).executeScript("document.getElementById('create:newRole_input').value = 'REPORTER';");
            passwordFieldElement(page, "password").sendKeys("long-enough-password");
            passwordFieldElement(page, "confirm").sendKeys("long-enough-password");
            page.findElement(By.id("create:save")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"),
                    "Имя пользователя admin уже занято."));
            assertFalse(page.findElement(By.id("create")).getText().contains("The username admin is taken"),
                    "not in English as well");
            assertEquals("Второй админ Әлия", page.findElement(By.id("create:displayName")).getAttribute("value"),
                    "what was typed stays");
        }
    }

    private static org.openqa.selenium.WebElement passwordFieldElement(WebDriver page, String id) {
        return page.findElement(By.id("create:" + id));
    }
}
