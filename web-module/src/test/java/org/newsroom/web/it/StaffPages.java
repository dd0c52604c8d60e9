package org.newsroom.web.it;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What the newsroom's browser tests do again and again: sign in, type into the editor, make an image. */
final class StaffPages {

    /** Russian with every Kazakh letter, as a reporter in Almaty types it. */
    static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і";

    private StaffPages() {
    }

    static void signIn(Browser browser, URL base, String username, String path) {
        signIn(browser, base, username, Staff.PASSWORD, path);
    }

    /** Opens {@code path}, is asked to sign in, and does, as {@code username} with {@code password}. */
    static void signIn(Browser browser, URL base, String username, String password, String path) {
        WebDriver page = browser.driver();
        page.get(base + path);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        fillSignIn(browser, username, password);
    }

    /** The sign-in form is on screen: type and send it, then wait for a staff page. */
    static void fillSignIn(Browser browser, String username) {
        fillSignIn(browser, username, Staff.PASSWORD);
    }

    static void fillSignIn(Browser browser, String username, String password) {
        WebDriver page = browser.driver();
        page.findElement(By.id("j_username")).sendKeys(username);
        page.findElement(By.id("j_password")).sendKeys(password);
        page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.className("newsroom-nav")));
    }

    static WebElement body(WebDriver page) {
        return page.findElement(By.cssSelector("#editor\\:body .ql-editor"));
    }

    /** Types at the end of the body, as a person does after clicking into it. */
    static void typeIntoBody(WebDriver page, String text) {
        WebElement body = body(page);
        body.click();
        ((JavascriptExecutor) page).executeScript(
                "var q = PrimeFaces.getWidgetById('editor:body'); if (q && q.editor) { q.editor.setSelection(q.editor.getLength(), 0); }");
        body.sendKeys(text);
    }

    static void waitForMessage(Browser browser, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), text));
    }

    static void waitForAutosave(Browser browser) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:autosaveStatus"), "Autosaved at"));
    }

    /** Accepts a "leave this page?" question when one is showing; says whether there was one. */
    static boolean acceptLeaving(WebDriver page) {
        try {
            Alert alert = page.switchTo().alert();
            alert.accept();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }

    /** A real PNG on disk, for the file chooser. */
    static Path pngFile(Color color) throws IOException {
        Path file = Files.createTempFile("newsroom-photo-", ".png");
        Files.write(file, png(color));
        file.toFile().deleteOnExit();
        return file;
    }

    static byte[] png(Color color) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.WHITE);
        g.drawString(UUID.randomUUID().toString(), 10, 100);  // every file different: uploads are stored by content
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
