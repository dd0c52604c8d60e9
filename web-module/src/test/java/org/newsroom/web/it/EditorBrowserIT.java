package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.web.it.StaffPages.KAZAKH_LETTERS;
import static org.newsroom.web.it.StaffPages.signIn;
import static org.newsroom.web.it.StaffPages.unique;
import static org.newsroom.web.it.StaffPages.waitForMessage;

import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The article editor as a reporter and an editor use it: image, schedule, preview, the staff layout. */
class EditorBrowserIT extends AgainstTheServer {

    @Test
    void anImageUploadedInTheEditorStaysTheFeaturedImageWithCaptionCreditAndAltAfterSavingTwice() throws Exception {
        Staff.ensureAccounts(base.toURI());
        Path photo = StaffPages.pngFile(new Color(30, 90, 160));
        try (Browser reporter = Browser.start()) {
            signIn(reporter, base, Staff.REPORTER, "newsroom/edit.xhtml");
            WebDriver page = reporter.driver();
            page.findElement(By.id("editor:title")).sendKeys("Снег в Алматы " + unique());
            StaffPages.typeIntoBody(page, "Город засыпало снегом за одну ночь.");
            page.findElement(By.id("editor:save")).click();
            waitForMessage(reporter, "Draft created.");

            page.findElement(By.cssSelector("#editor\\:image input[type=file]")).sendKeys(photo.toString());
            reporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:imageMessage"),
                    "Image uploaded"));
            // 320 pixels wide: no smaller sizes to prepare, and the editor says so instead of "Preparing sizes…".
            reporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:imageSizes"), "as it is"));
            page.findElement(By.id("editor:imageCaption")).sendKeys("Улица Абая утром");
            page.findElement(By.id("editor:imageCredit")).sendKeys("Фото: Айгүл Сейітқызы");
            page.findElement(By.id("editor:imageAlt")).sendKeys("Заснеженная улица, " + KAZAKH_LETTERS);

            for (int save = 1; save <= 2; save++) {
                page.findElement(By.id("editor:save")).click();
                waitForMessage(reporter, "Saved.");
                reporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("featuredImage")));
                // The save's ajax answer may still be replacing the form: read the field once it has settled.
                String caption = reporter.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(driver -> driver.findElement(By.id("editor:imageCaption")).getAttribute("value"));
                assertEquals("Улица Абая утром", caption, "caption after save " + save);
            }
            assertTrue(page.getCurrentUrl().contains("edit.xhtml?id="), "the new draft's address: " + page.getCurrentUrl());
            page.navigate().refresh();
            StaffPages.acceptLeaving(page);
            reporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("featuredImage")));
            assertEquals("Улица Абая утром", page.findElement(By.id("editor:imageCaption")).getAttribute("value"));
            assertEquals("Фото: Айгүл Сейітқызы", page.findElement(By.id("editor:imageCredit")).getAttribute("value"));
            assertEquals("Заснеженная улица, " + KAZAKH_LETTERS, page.findElement(By.id("editor:imageAlt")).getAttribute("value"));
            assertEquals("Заснеженная улица, " + KAZAKH_LETTERS, page.findElement(By.id("featuredImage")).getAttribute("alt"));
        }
    }

    @Test
    void aScheduleTimeTypedWithTheKeyboardInTheNewsroomsZoneIsWhenTheArticleGoesOut() throws Exception {
        long id = StaffClient.idOf(Staff.as(base.toURI(), Staff.EDITOR)
                .createDraft("Курс тенге " + unique(), "<p>Нацбанк опубликовал курс.</p>", "economy"));
        LocalDate day = LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(1);
        String typed = day + " 12:56";
        try (Browser editor = Browser.start()) {
            signIn(editor, base, Staff.EDITOR, "newsroom/edit.xhtml?id=" + id);
            WebDriver page = editor.driver();
            WebElement when = page.findElement(By.id("editor:publishAt_input"));
            when.click();
            when.sendKeys(typed);
            when.sendKeys(Keys.TAB);
            assertEquals(typed, when.getAttribute("value"), "the field keeps what was typed");
            page.findElement(By.id("editor:schedule")).click();
            waitForMessage(editor, "Schedule: done");
            String goesOut = page.findElement(By.id("goesOut")).getText();
            assertEquals(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day) + ", 12:56 (Asia/Almaty)", goesOut);
        }
    }

    @Test
    void thePreviewIsTheReadersArticleWithImageCaptionCreditBylineDateSectionsAndTagsMarkedAsAPreview() throws Exception {
        StaffClient reporter = Staff.as(base.toURI(), Staff.REPORTER);
        String uploaded = reporter.upload("yurt.png", StaffPages.png(new Color(180, 60, 40)),
                "caption=" + URLEncoder.encode("Юрта в горах", StandardCharsets.UTF_8)
                        + "&credit=" + URLEncoder.encode("Фото: Ұлан Әлиев", StandardCharsets.UTF_8)
                        + "&alt=" + URLEncoder.encode("Белая юрта на склоне", StandardCharsets.UTF_8)).body();
        long imageId = Long.parseLong(uploaded.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String title = "Джайлоо летом " + unique();
        long id = StaffClient.idOf(reporter.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(title)
                + ",\"body\":" + StaffClient.quote("<p>Пастухи поднимаются на джайлоо в июне.</p><p>Второй абзац.</p>")
                + ",\"sectionSlugs\":[\"kyrgyzstan\"],\"tags\":[\"джайлоо\",\"кочевники\"],\"featuredImageId\":" + imageId + "}"));
        try (Browser browser = Browser.start()) {
            signIn(browser, base, Staff.REPORTER, "newsroom/");
            browser.driver().get(base + "newsroom/preview.xhtml?id=" + id);
            WebDriver page = browser.driver();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("article__title")));
            assertTrue(page.findElement(By.id("previewBanner")).getText().startsWith("Preview"), "marked as a preview");
            assertEquals(title, page.findElement(By.className("article__title")).getText());
            assertTrue(page.findElement(By.cssSelector(".article__image img")).getAttribute("src").endsWith("/media/" + imageId + ".png"));
            assertEquals("Белая юрта на склоне", page.findElement(By.cssSelector(".article__image img")).getAttribute("alt"));
            String caption = page.findElement(By.cssSelector(".article__image figcaption")).getText();
            assertTrue(caption.contains("Юрта в горах") && caption.contains("Фото: Ұлан Әлиев"), caption);
            String meta = page.findElement(By.className("article__meta")).getText();
            assertTrue(meta.contains("Rita Reporter"), "byline: " + meta);
            assertTrue(meta.matches("(?s).*\\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \\d{4}.*"),
                    "the date as the Russian edition writes it: " + meta);
            assertEquals("Кыргызстан", page.findElement(By.cssSelector(".article__sections a")).getText(),
                    "a Russian article's section by the Russian edition's name, as its readers will see it");
            assertTrue(page.findElement(By.className("article__tags")).getText().contains("#кочевники"));
            String text = page.findElement(By.tagName("main")).getText();
            assertEquals(1, text.split("Пастухи поднимаются", -1).length - 1, "the body once, with no standfirst: " + text);
            assertFalse(page.findElements(By.className("ticker")).isEmpty(), "the readers' layout, ticker and all");
            browser.size(1280, 1300);
            browser.screenshot("newsroom-preview");
        }
    }

    @Test
    void staffPagesHaveTheirOwnLayoutAndTheEditorsPublishBoxShowsStatusActionsAndMessagesNextToThem() throws Exception {
        Staff.ensureAccounts(base.toURI());
        try (Browser reporter = Browser.start()) {
            signIn(reporter, base, Staff.REPORTER, "newsroom/");
            WebDriver page = reporter.driver();
            assertTrue(page.findElements(By.className("ticker")).isEmpty(), "no readers' ticker");
            assertTrue(page.findElements(By.className("masthead")).isEmpty(), "no readers' masthead");
            assertFalse(page.getPageSource().contains("Newsroom sign-in"), "no sign-in link while signed in");
            assertTrue(page.findElement(By.id("signedInAs")).getText().contains("Rita Reporter"));
            reporter.size(1280, 1000);
            reporter.screenshot("newsroom-dashboard-staff-layout");

            page.findElement(By.linkText("New article")).click();
            reporter.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editor:title")));
            page.findElement(By.id("editor:save")).click();
            reporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#editor\\:title + * , .field .ui-message-error"), "needs a headline"));
            WebElement titleField = page.findElement(By.id("editor:title"));
            WebElement titleMessage = page.findElement(By.cssSelector(".field .ui-message-error"));
            assertTrue(titleMessage.getLocation().getY() - titleField.getLocation().getY() < 80, "the error sits under the headline");

            titleField.sendKeys("Ақмола облысында егін жинау " + unique());
            StaffPages.typeIntoBody(page, "Фермеры Акмолинской области начали уборку. " + KAZAKH_LETTERS);
            page.findElement(By.cssSelector("#editor\\:sections")).click();
            reporter.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//div[contains(@class,'ui-selectcheckboxmenu-panel')]//label[text()='Kazakhstan']"))).click();
            page.findElement(By.tagName("h1")).click();
            ((JavascriptExecutor) page).executeScript("window.scrollTo(0, document.body.scrollHeight);");
            page.findElement(By.id("editor:submit")).click();
            waitForMessage(reporter, "Submit for review: done");
            assertEquals("In review", page.findElement(By.id("status")).getText());
            WebElement messages = page.findElement(By.id("editor:messages"));
            assertTrue(messages.findElement(By.xpath("ancestor::aside[contains(@class,'publish-box')]")).isDisplayed(),
                    "the message is in the publish box, next to the buttons");
            Number top = (Number) ((JavascriptExecutor) page).executeScript(
                    "return arguments[0].getBoundingClientRect().top;", messages);
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 900, "the message is on screen: " + top);
            assertTrue(page.findElement(By.id("lastSaved")).getText().contains("Rita Reporter"));
            reporter.size(1400, 1500);
            reporter.screenshot("newsroom-editor-publish-box");
        }
    }

    @Test
    void theAddressHintShowsTheReadersPermalinkForTheSlugTypedInRussianAndKazakh() throws Exception {
        Staff.ensureAccounts(base.toURI());
        try (Browser reporter = Browser.start()) {
            signIn(reporter, base, Staff.REPORTER, "newsroom/edit.xhtml");
            WebDriver page = reporter.driver();
            page.findElement(By.id("editor:slug")).sendKeys("Курс тенге Қазақстан");
            String month = LocalDate.now(ZoneId.of("Asia/Almaty")).format(DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT));
            reporter.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("editor:slugPreview"), "/" + month + "/kurs-tenge-qazaqstan/"));
            assertFalse(page.findElement(By.id("editor:slugPreview")).getText().contains("article.xhtml"),
                    "the hint is the address readers will use, not the page behind it");
        }
    }
}
