package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsroom.news.media.MediaStore;
import org.newsroom.web.backup.BackupArchive;
import org.newsroom.web.backup.DatabaseTarget;
import org.newsroom.web.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 10, point 3: an admin takes a backup from the admin pages while the site runs, downloads it,
 * and restoring it into a fresh data directory gives back the same articles, images and accounts
 * (passwords as hashes only).
 */
class BackupRestoreIT extends AgainstTheServer {

    @Test
    void aBackupTakenFromTheAdminPageRestoresIntoAFreshDataDirectoryWithTheSameContent() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        HttpResponse<String> image = editor.upload("steppe.png", png(0x3366aa), "caption=Steppe%20at%20dawn");
        assertEquals(201, image.statusCode(), image.body());
        long imageId = Long.parseLong(image.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        String title = "Қазақ даласы таңертең " + UUID.randomUUID().toString().substring(0, 6);
        long articleId = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":" + StaffClient.quote(title)
                + ",\"body\":\"<p>Ұлы дала.</p>\",\"sectionSlugs\":[\"kazakhstan\"],\"featuredImageId\":" + imageId + "}"));
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + articleId + "/actions/publish", "{}").statusCode());

        Path live = Path.of(System.getProperty("it.data.dir"));
        Map<String, String> before = contents(DatabaseTarget.h2Url(live));

        String name;
        try (Browser admin = Browser.start()) {
            WebDriver page = admin.driver();
            page.get(base + "newsroom/admin/backup.xhtml");
            admin.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
            page.findElement(By.id("j_username")).sendKeys("admin");
            page.findElement(By.id("j_password")).sendKeys(NewsroomDeployment.ADMIN_PASSWORD);
            page.findElement(By.cssSelector("form.signin__form button[type=submit]")).click();
            admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("backup:take")));
            page.findElement(By.id("backup:take")).click();
            admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Backup taken"));
            name = page.findElement(By.cssSelector("#backup\\:list a.backup-download")).getText();
            admin.screenshot("admin-backup");
        }
        assertTrue(name.matches("newsroom-backup-\\d{8}-\\d{6}\\.zip"), name);
        Map<String, String> after = contents(DatabaseTarget.h2Url(live));

        StaffClient admin = Staff.signedIn(base.toURI(), "admin", NewsroomDeployment.ADMIN_PASSWORD);
        Path downloaded = Files.createTempDirectory(live.getParent(), "backup-download").resolve(name);
        HttpResponse<byte[]> download = admin.bytes("newsroom/admin/backups/" + name);
        assertEquals(200, download.statusCode());
        Files.write(downloaded, download.body());
        assertEquals(403, Staff.as(base.toURI(), Staff.REPORTER).get("newsroom/admin/backups/" + name).statusCode(),
                "only admins may fetch a backup");

        Path fresh = live.resolveSibling("restored-" + UUID.randomUUID().toString().substring(0, 8));
        String restored = BackupArchive.restore(downloaded, fresh, DatabaseTarget.h2());
        assertTrue(restored.contains("images"), restored);
        assertThrows(IllegalStateException.class, () -> BackupArchive.restore(downloaded, fresh, DatabaseTarget.h2()),
                "a restore never overwrites a data directory in use");

        Map<String, String> back = contents("jdbc:h2:file:" + fresh.toAbsolutePath() + "/db/newsroom");
        before.forEach((key, value) -> {
            // Rows a timer changed while the backup was taken may be either way; every other row exactly as it was.
            if (value.equals(after.get(key))) {
                assertEquals(value, back.get(key), key);
            } else {
                assertTrue(back.containsKey(key), key);
            }
        });
        assertTrue(back.containsKey("article " + articleId), "the article published just before the backup");
        assertTrue(back.get("article " + articleId).contains(title), back.get("article " + articleId));
        for (Map.Entry<String, String> row : back.entrySet()) {
            if (row.getKey().startsWith("image ")) {
                String[] shaAndExtension = row.getValue().split(" ");
                Path file = fresh.resolve("media").resolve(shaAndExtension[0] + "." + shaAndExtension[1]);
                assertTrue(Files.isRegularFile(file), "the image file is restored: " + file);
                assertEquals(shaAndExtension[0], MediaStore.sha256Hex(Files.readAllBytes(file)), file.toString());
            }
            if (row.getKey().startsWith("account ")) {
                assertTrue(row.getValue().startsWith("PBKDF2"), "passwords only as hashes: " + row.getKey());
                assertFalse(row.getValue().contains(Staff.PASSWORD), row.getKey());
            }
        }
        assertTrue(back.keySet().stream().anyMatch(key -> key.equals("account " + Staff.EDITOR)));
    }

    private static byte[] png(int colour) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, colour);
        image.setRGB(5, 1, (int) System.nanoTime() & 0xFFFFFF);  // new content every run
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Articles, images and accounts, one line each, as this test compares them. */
    private static Map<String, String> contents(String url) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url, "newsroom", "newsroom"); Statement sql = db.createStatement()) {
            try (ResultSet r = sql.executeQuery("select ID, VERSION, STATUS, TITLE, BODY from ARTICLE order by ID")) {
                while (r.next()) {
                    rows.put("article " + r.getLong(1), r.getLong(2) + " " + r.getString(3) + " " + r.getString(4) + " " + r.getString(5));
                }
            }
            try (ResultSet r = sql.executeQuery("select count(*), ARTICLE_ID from REVISION group by ARTICLE_ID")) {
                while (r.next()) {
                    rows.put("revisions of " + r.getLong(2), Long.toString(r.getLong(1)));
                }
            }
            try (ResultSet r = sql.executeQuery("select ID, SHA256, MEDIA_TYPE, CAPTION from MEDIA_ITEM order by ID")) {
                while (r.next()) {
                    String type = r.getString(3);
                    rows.put("image " + r.getLong(1), r.getString(2) + " " + type.substring(type.indexOf('/') + 1).replace("jpeg", "jpg")
                            + " " + r.getString(4));
                }
            }
            try (ResultSet r = sql.executeQuery("select USERNAME, PASSWORD_HASH, ACCOUNT_ROLE from ACCOUNT order by USERNAME")) {
                while (r.next()) {
                    rows.put("account " + r.getString(1), r.getString(2) + " " + r.getString(3));
                }
            }
        }
        return rows;
    }
}
