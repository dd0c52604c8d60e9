package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.web.it.StaffPages.KAZAKH_LETTERS;
import static org.newsroom.web.it.StaffPages.unique;
import static org.newsroom.web.it.StaffPages.waitForMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A member of staff who reads the newsroom in Russian: they choose it in the staff bar, and from then on
 * every label, button, message and the date picker are Russian, whatever the article's language, and
 * it stays so after signing in again. Their own account, so the other staff tests keep their English.
 */
class StaffInterfaceLanguageBrowserIT extends InOneBrowser {

    private static final List<String> RUSSIAN_MONTHS = List.of("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь",
            "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь");
    /** Latin words a Russian staff page may show: the brand, file formats, the time zone's name, a key's name. */
    private static final Set<String> LATIN_ALLOWED = Set.of("Newsroom", "JPEG", "PNG", "WebP", "Asia", "Almaty",
            "alt", "Enter");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    @Test
    void aStaffMemberWhoChoseRussianWritesValidatesAndPublishesInRussianAndKeepsItAfterSigningInAgain() throws Exception {
        String username = "aidana-" + unique();
        createEditor(username, "Айдана Сейітқызы");
        WebDriver page = browser.driver();
        browser.size(1400, 1500);
        StaffPages.signIn(browser, base, username, "newsroom/");
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"), "a new account starts in English");
        assertTrue(page.findElement(By.className("newsroom-nav")).getText().contains("New article"));

        chooseInterfaceLanguage("Русский");
        page.findElement(By.linkText("Новая статья")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
        assertEquals("Новая статья", page.findElement(By.tagName("h1")).getText());

        String headline = "В Алматы открыли новый парк " + unique();
        String body = "Қала әкімдігі жаңа саябақ ашты: " + KAZAKH_LETTERS;
        page.findElement(By.id("editor:title")).sendKeys(headline);
        StaffPages.typeIntoBody(page, body);
        page.findElement(By.id("editor:save")).click();
        waitForMessage(browser, "Черновик создан.");

        // A publication time the converter cannot read: the error in Russian under the field, the text kept.
        WebElement when = page.findElement(By.id("editor:publishAt_input"));
        when.click();
        when.sendKeys("завтра в полдень");
        when.sendKeys(Keys.ESCAPE);
        page.findElement(By.id("editor:schedule")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#editor\\:actionPanel .ui-message-error")));
        browser.waiting().until(ExpectedConditions.textToBePresentInElement(error, "Укажите время в виде ГГГГ-ММ-ДД ЧЧ:ММ"));
        WebElement field = page.findElement(By.id("editor:publishAt_input"));
        assertTrue(error.getLocation().getY() - field.getLocation().getY() < 80, "the error sits under the field");
        assertEquals("завтра в полдень", field.getAttribute("value"), "the typed time is kept");
        assertEquals(headline, page.findElement(By.id("editor:title")).getAttribute("value"), "the headline is kept");
        assertTrue(StaffPages.body(page).getText().contains(KAZAKH_LETTERS), "the body is kept");
        assertEquals("Черновик", page.findElement(By.id("status")).getText(), "nothing was scheduled");

        pickADayInTheDatePicker();

        page.findElement(By.id("editor:save")).click();
        waitForMessage(browser, "Сохранено.");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("lastSaved"), "Айдана Сейітқызы"));
        assertTrue(page.findElement(By.id("lastSaved")).getText().matches("(?s)\\d{1,2} [а-я]+ \\d{4}, \\d\\d:\\d\\d .*"),
                "when, in Russian: " + page.findElement(By.id("lastSaved")).getText());
        assertNoEnglishLeft(page);
        browser.screenshot("staff-editor-ru");

        page.findElement(By.id("editor:publish")).click();
        waitForMessage(browser, "Опубликовать: готово");
        assertEquals("Опубликована", page.findElement(By.id("status")).getText());
        assertNoEnglishLeft(page);
        assertTrue(onTheRussianHomepage(headline), "the article is on /ru/");

        // The other staff pages of the article: preview banner, revisions, the list, all in Russian.
        String published = page.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        page.get(base + "newsroom/preview.xhtml?id=" + published);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("article__title")));
        assertTrue(page.findElement(By.id("previewBanner")).getText().matches("(?s)Предпросмотр — версия, сохранённая \\d{1,2} [а-я]+ \\d{4}, .*; статус: Опубликована\\..*"),
                page.findElement(By.id("previewBanner")).getText());
        page.get(base + "newsroom/revisions.xhtml?id=" + published);
        assertEquals("Редакции статьи «" + headline + "»", page.findElement(By.tagName("h1")).getText());
        assertEquals("Сравнить", page.findElement(By.id("revisions:compare")).getText());
        page.get(base + "newsroom/articles.xhtml");
        page.findElement(By.id("list:headline")).sendKeys(headline);
        browser.waiting().until(ExpectedConditions.textToBe(By.id("list:matching"), "1 статья подходит под «" + headline + "»."));
        assertTrue(page.findElement(By.id("list:articles")).getText().contains("Опубликована"));

        // Signing out and in again: the account remembers the language.
        page.findElement(By.id("signOut:signOutButton")).click();
        browser.waiting().until(ExpectedConditions.urlMatches(".*/(index\\.xhtml)?$"));
        StaffPages.signIn(browser, base, username, "newsroom/");
        assertEquals("ru", page.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(page.findElement(By.className("newsroom-nav")).getText().contains("Новая статья"));
        assertEquals("Мои черновики", page.findElement(By.cssSelector(".dashboard h2")).getText());

        // An English article, edited by a member of staff who reads Russian: the article stays English, the page Russian.
        String english = "Almaty opens a new park " + unique();
        long id = StaffClient.idOf(Staff.as(base.toURI(), Staff.EDITOR)
                .createDraft(english, "<p>The city opened a park.</p>", "economy"));
        page.get(base + "newsroom/edit.xhtml?id=" + id);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
        assertEquals(english, page.findElement(By.id("editor:title")).getAttribute("value"));
        assertEquals("Заголовок", page.findElement(By.cssSelector("label[for='editor:title']")).getText());
        assertEquals("Сохранить", page.findElement(By.id("editor:save")).getText());
        assertEquals("Черновик", page.findElement(By.id("status")).getText());
        assertEquals("Английский", page.findElement(By.id("editor:language_label")).getText(), "the article's language, in Russian");
        assertEquals("ru", page.findElement(By.tagName("html")).getAttribute("lang"));

        chooseInterfaceLanguage("English");
        assertEquals("Headline", page.findElement(By.cssSelector("label[for='editor:title']")).getText(),
                "back in English on the same article");
    }

    private void createEditor(String username, String displayName) throws Exception {
        StaffClient admin = Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        HttpResponse<String> created = admin.json("POST", "api/newsroom/admin/accounts",
                "{\"username\":\"" + username + "\",\"displayName\":" + StaffClient.quote(displayName)
                        + ",\"role\":\"EDITOR\",\"password\":\"" + Staff.PASSWORD + "\"}");
        assertEquals(201, created.statusCode(), created.body());
    }

    /** The staff bar's choice, as a person makes it: pick the language, press the button. */
    private void chooseInterfaceLanguage(String name) {
        WebDriver page = browser.driver();
        WebElement html = page.findElement(By.tagName("html"));
        new Select(page.findElement(By.id("interfaceLanguage:language"))).selectByVisibleText(name);
        page.findElement(By.id("interfaceLanguage:chooseLanguage")).click();
        StaffPages.acceptLeaving(page);
        browser.waiting().until(ExpectedConditions.stalenessOf(html));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("newsroom-nav")));
    }

    /** Opens PrimeFaces' date picker by its button: the month is named in Russian; a day of it is picked. */
    private void pickADayInTheDatePicker() {
        WebDriver page = browser.driver();
        WebElement input = page.findElement(By.id("editor:publishAt_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        page.findElement(By.cssSelector("#editor\\:publishAt .ui-datepicker-trigger")).click();
        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker")));
        String title = panel.findElement(By.className("ui-datepicker-title")).getText();
        assertTrue(RUSSIAN_MONTHS.stream().anyMatch(title::contains), "the month in Russian: " + title);
        assertTrue(panel.getText().contains("Пн"), "the days of the week in Russian: " + panel.getText());
        List<WebElement> days = panel.findElements(By.cssSelector(
                "td[role=gridcell]:not(.ui-datepicker-other-month):not([aria-disabled=true])"));
        WebElement day = days.get(days.size() - 1);
        String label = day.getAttribute("aria-label");
        assertTrue(RUSSIAN_MONTHS.stream().anyMatch(label::startsWith), "the day's name for screen readers: " + label);
        day.findElement(By.xpath("./*")).click();
        browser.waiting().until(driver -> driver.findElement(By.id("editor:publishAt_input")).getAttribute("value")
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"));
        input.sendKeys(Keys.ESCAPE);
        page.findElement(By.tagName("h1")).click();
    }

    /**
     * No word of the English interface is left on the page: none of the English bundle's staff texts, and
     * no Latin word at all but the few that are names (the typed article, the slug and the username aside).
     */
    private void assertNoEnglishLeft(WebDriver page) throws IOException {
        String visible = (String) ((JavascriptExecutor) page).executeScript(
                "var copy = document.body.cloneNode(true);"
                        + "['editor:slugPreview', 'interfaceLanguage', 'signedInAs', 'editor:libraryImage', 'editor:bylines', 'editor:sections'].forEach(function (id) {"
                        + "  var e = copy.querySelector('[id=\"' + id + '\"]'); if (e) { e.remove(); } });"
                        + "copy.querySelectorAll('.ql-editor, script, style, .ui-button-icon-only .ui-button-text').forEach(function (e) { e.remove(); });"
                        + "document.body.appendChild(copy); var text = copy.innerText; copy.remove(); return text;");
        Properties english = bundle("en");
        Properties russian = bundle("ru");
        Set<String> left = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String words = english.getProperty(key);
            boolean staffWords = key.startsWith("editor.") || key.startsWith("staff.") || key.startsWith("status.");
            if (staffWords && !words.contains("{") && words.length() > 3 && !words.equals(russian.getProperty(key))
                    && !LATIN_ALLOWED.contains(words)
                    && visible.contains(words)) {
                left.add(key + "=" + words);
            }
        }
        Matcher latin = LATIN_WORD.matcher(visible);
        while (latin.find()) {
            if (!LATIN_ALLOWED.contains(latin.group())) {
                left.add(latin.group());
            }
        }
        assertEquals(Set.of(), left, "English left on the Russian page:\n" + visible);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffInterfaceLanguageBrowserIT.class.getResourceAsStream(
                "/org/newsroom/web/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private boolean onTheRussianHomepage(String headline) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            String page = client.send(HttpRequest.newBuilder(base.toURI().resolve("ru/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (page.contains(headline)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }
}
