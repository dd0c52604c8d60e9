package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin's pages in a real browser: a mistake is shown next to its field, then the account is made and
 * audited. And the admin pages and the rates desk in Russian, for a browser that asks for Russian.
 */
class AdminBrowserIT extends AgainstTheServer {

    @Test
    void anAdminCreatesAnAccountAfterFixingAMistakeAndFindsItInTheAuditLog() throws Exception {
        String username = "new" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            StaffPages.signIn(admin, base, "admin", NewsroomDeployment.ADMIN_PASSWORD, "newsroom/admin/accounts.xhtml");
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
     * An admin whose browser asks for Russian types a new section's name in Kazakh and a position in words:
     * the refusal next to the field is Russian and the name stays as typed; fixed, the section is made and
     * the page says so in Russian, and the audit log names the action in Russian. The words of the beans
     * (not just the page's) follow the staff language.
     */
    @Test
    void aRussianAdminIsAnsweredInRussianWhenCreatingASection() throws Exception {
        String name = "Ұлттық экономика " + String.format("%04d", System.nanoTime() / 1000 % 10_000);
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            ChromeDriver chromium = (ChromeDriver) page;
            chromium.executeCdpCommand("Network.enable", Map.of());
            chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "ru")));
            StaffPages.signIn(admin, base, "admin", NewsroomDeployment.ADMIN_PASSWORD, "newsroom/admin/sections.xhtml");
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("create:newName")));
            assertEquals("ru", page.findElement(By.tagName("html")).getAttribute("lang"));

            page.findElement(By.id("create:newName")).sendKeys(name);
            WebElement position = page.findElement(By.id("create:newPosition"));
            position.clear();
            position.sendKeys("девятьсот");
            page.findElement(By.id("create:save")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("create"),
                    "Укажите позицию целым числом."));
            assertEquals(name, page.findElement(By.id("create:newName")).getAttribute("value"), "what was typed stays");

            position = page.findElement(By.id("create:newPosition"));
            position.clear();
            position.sendKeys("900");
            page.findElement(By.id("create:save")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Рубрика " + name + " создана"));
            assertTrue(Pattern.compile("Рубрика " + name + " создана \\(адрес «[^»]+»\\)\\.")
                    .matcher(page.findElement(By.id("messages")).getText()).find(), page.findElement(By.id("messages")).getText());

            page.get(base + "newsroom/admin/audit.xhtml");
            String log = page.findElement(By.id("log:entries")).getText();
            assertTrue(log.contains("Рубрика создана"), log);
            assertTrue(page.findElement(By.cssSelector("#log p.results")).getText().startsWith("Все действия, все пользователи"));
            admin.screenshot("admin-audit-log-ru");
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
            StaffPages.signIn(admin, base, "admin", NewsroomDeployment.ADMIN_PASSWORD, "newsroom/admin/accounts.xhtml");
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

    /** The words of these pages in the English bundle: the admin pages', the rates desk's, the audit's actions. */
    private static final List<String> OUR_PREFIXES = List.of("admin.", "audit.action.", "desk.rates.");
    private static final Pattern MAIN = Pattern.compile("(?s)<main[^>]*>(.*)</main>");
    private static final Pattern TITLE = Pattern.compile("(?s)<title>(.*?)</title>");

    /**
     * A browser that prefers Russian gets every admin page and the rates desk in Russian: their headings,
     * buttons, labels and table headers, dates with Russian month names, and not one of the English texts of
     * those pages left in what the page shows (the staff bar above is another page's, so only main is read).
     * Before the pages took their words from the bundles, every one of them was English.
     */
    @Test
    void everyAdminPageAndTheRatesDeskReadInRussianForABrowserThatAsksForIt() throws Exception {
        StaffClient admin = Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("newsroom/admin/accounts.xhtml", List.of("Учётные записи", "Создать учётную запись", "Администратор",
                "Сбросить пароль", "Имя в подписи"));
        pages.put("newsroom/admin/audit.xhtml", List.of("Журнал действий", "Сбросить фильтры", "Любое действие",
                "Неудачная попытка входа", "Все действия, все пользователи; сначала новые."));
        pages.put("newsroom/admin/backup.xhtml", List.of("Резервные копии", "Создать резервную копию", "Хранятся на сервере"));
        pages.put("newsroom/admin/import.xhtml", List.of("Импорт из WordPress", "Импортировать", "Пробный запуск"));
        pages.put("newsroom/admin/sections.xhtml", List.of("Рубрики", "Меню рубрик", "Создать рубрику", "Сохранить меню",
                "Страна"));
        pages.put("newsroom/rates.xhtml", List.of("Курсы валют", "Загрузить сейчас", "Ввести курс вручную", "90 дней",
                "365 дней", "Ждут подтверждения"));
        List<String> english = englishTextsOfThesePages();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            HttpResponse<String> answer = admin.get(page.getKey(), "Accept-Language", "ru");
            assertEquals(200, answer.statusCode(), page.getKey());
            String html = answer.body();
            assertTrue(html.contains("<html lang=\"ru\""), page.getKey() + " says it is Russian");
            Matcher title = TITLE.matcher(html);
            assertTrue(title.find() && title.group(1).contains(page.getValue().get(0)), page.getKey() + ": " + html);
            Matcher main = MAIN.matcher(html);
            assertTrue(main.find(), page.getKey());
            String shown = shownText(main.group(1));
            for (String russian : page.getValue()) {
                if (!shown.contains(russian)) {
                    failures.add(page.getKey() + " lacks «" + russian + "»");
                }
            }
            for (String text : english) {
                if (shown.contains(text)) {
                    failures.add(page.getKey() + " still shows \"" + text + "\"");
                }
            }
            if (page.getKey().endsWith("audit.xhtml")) {
                assertTrue(Pattern.compile("\\d{1,2} [а-я]+ \\d{4}, \\d{2}:\\d{2}").matcher(shown).find(),
                        "the log's times name the month in Russian: " + shown);
            }
        }
        assertEquals(List.of(), failures);

        // The error page of a staff page speaks the same language: a reporter may not open the accounts.
        StaffClient reporter = Staff.as(base.toURI(), Staff.REPORTER);
        HttpResponse<String> refused = reporter.get("newsroom/admin/accounts.xhtml", "Accept-Language", "ru");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("<h1>Нет доступа</h1>") && refused.body().contains("Вернуться в редакцию"),
                refused.body());
    }

    /** The English bundle's texts of these pages that a reader would recognise: whole phrases, not patterns. */
    private static List<String> englishTextsOfThesePages() throws Exception {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(AdminBrowserIT.class.getResourceAsStream(
                "/org/newsroom/web/messages_en.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        List<String> texts = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            // Single words ("Name", "Now") could be anybody's data (a section's name); phrases cannot.
            if (OUR_PREFIXES.stream().anyMatch(key::startsWith) && !text.contains("{") && text.strip().contains(" ")) {
                texts.add(text.strip());
            }
        }
        assertTrue(texts.size() > 100, "the pages' phrases: " + texts.size());
        return texts;
    }

    /** What a person sees of a part of a page: its text, its buttons' words, and its placeholders, titles and labels. */
    private static String shownText(String html) {
        String withoutScripts = html.replaceAll("(?s)<script.*?</script>", " ");
        StringBuilder shown = new StringBuilder();
        Matcher attribute = Pattern.compile("(?:placeholder|title|aria-label)=\"([^\"]*)\"").matcher(withoutScripts);
        while (attribute.find()) {
            shown.append(attribute.group(1)).append('\n');
        }
        Matcher button = Pattern.compile("<input[^>]*type=\"(?:submit|button)\"[^>]*>").matcher(withoutScripts);
        while (button.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(button.group());
            if (value.find()) {
                shown.append(value.group(1)).append('\n');
            }
        }
        shown.append(withoutScripts.replaceAll("(?s)<[^>]*>", "\n"));
        return shown.toString().replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("[ \\t\\x{00A0}]*\n[\\s]*", "\n").replaceAll("[ \\t]+", " ");
    }
}
