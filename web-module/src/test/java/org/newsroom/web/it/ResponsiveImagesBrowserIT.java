package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 15, images, as a reader's browser sees them: the article's lead photo is chosen by the screen's
 * width from its renditions (a phone downloads a smaller file than a laptop), fetched first; teasers on the
 * homepage, in search and under "Related" show their image with its size reserved, loaded lazily below the
 * fold (the first of a list, above it, is not: a lazy image there would delay the page's largest paint).
 */
class ResponsiveImagesBrowserIT extends InOneBrowser {

    private static final Pattern WIDTH_IN_ADDRESS = Pattern.compile("/media/\\d+(?:-(\\d+))?\\.(jpg|webp)$");

    @Test
    void thePhoneGetsASmallerRenditionThanTheLaptopAndTeasersShowTheirImages() throws Exception {
        StaffClient editor = Staff.as(base.toURI(), Staff.EDITOR);
        String marker = Long.toString(System.nanoTime(), 36);
        long olderImage = upload(editor, "bazaar.jpg", ReaderPhotos.jpeg(1600, 900, 3), "Melons stacked at the Osh bazaar");
        String olderTitle = "Melon prices fall at the Osh bazaar " + marker;
        publish(editor, olderTitle, olderImage);
        long leadImage = upload(editor, "steppe-large.jpg", ReaderPhotos.jpeg(2400, 1600, 11), "Horses on the spring steppe");
        String title = "Herders return to the spring steppe " + marker;
        String slug = publish(editor, title, leadImage);
        Renditions.awaitReady(editor, olderImage);
        Renditions.awaitReady(editor, leadImage);
        String article = StaffClient.json(new StaffClient(base.toURI()).get("api/articles/" + slug)).getString("url");

        WebDriver page = browser.driver();
        browser.size(390, 844);
        page.get(article);
        WebElement lead = leadImage(page);
        int onPhone = widthOf(currentSrc(page, lead));
        browser.screenshot("responsive-article-390");
        assertEquals("high", lead.getDomAttribute("fetchpriority"), "the lead photo is fetched first");
        assertNull(lead.getDomAttribute("loading"), "the lead photo is not lazy: it is the page's largest paint");
        assertEquals("2400", lead.getDomAttribute("width"));
        assertEquals("1600", lead.getDomAttribute("height"));

        browser.size(1366, 900);
        page.get(article);
        lead = leadImage(page);
        int onLaptop = widthOf(currentSrc(page, lead));
        browser.screenshot("responsive-article-1366");
        assertTrue(onPhone < onLaptop, "390 px wide got " + onPhone + " px, 1366 px wide got " + onLaptop + " px");
        assertTrue(onLaptop < 2400, "not even the laptop needs the 2400-pixel original: " + onLaptop);

        WebElement related = page.findElement(By.xpath("//section[@class='related']//article[.//a[normalize-space()='"
                + olderTitle + "']]//img"));
        assertTeaserImage(related, "1600", "900");
        assertEquals("lazy", related.getDomAttribute("loading"), "related stories are below the fold: lazy");

        page.get(base.toString());
        WebElement teaser = page.findElement(By.xpath("//article[contains(@class,'teaser')][.//a[normalize-space()='"
                + title + "']]//img"));
        assertTeaserImage(teaser, "2400", "1600");
        assertTrue(page.findElements(By.cssSelector(".country-block .teaser img")).stream()
                        .allMatch(img -> "lazy".equals(img.getDomAttribute("loading"))),
                "the country blocks, below the fold, load their images lazily");
        browser.screenshot("responsive-homepage-1366");

        java.util.List<WebElement> found = java.util.List.of();
        for (long until = System.nanoTime() + 20_000_000_000L; found.size() < 2 && System.nanoTime() < until; ) {
            page.get(base + "search?q=" + marker);  // the index takes the new stories within moments
            found = page.findElements(By.cssSelector("article.teaser img"));
        }
        assertEquals(2, found.size(), "both stories found, each with its image");
        assertTeaserImage(found.get(0), found.get(0).getDomAttribute("width").equals("2400") ? "2400" : "1600",
                found.get(0).getDomAttribute("width").equals("2400") ? "1600" : "900");
        assertEquals(null, found.get(0).getDomAttribute("loading"), "the first result, above the fold, is not lazy");
        assertEquals("lazy", found.get(1).getDomAttribute("loading"), "the next ones are");
        browser.size(1280, 900);
    }

    private static void assertTeaserImage(WebElement img, String width, String height) {
        assertEquals(width, img.getDomAttribute("width"), "the teaser reserves the image's space");
        assertEquals(height, img.getDomAttribute("height"));
        assertNotNull(img.getDomAttribute("srcset"));
        assertTrue(img.getDomAttribute("srcset").contains("-320."), img.getDomAttribute("srcset"));
    }

    private WebElement leadImage(WebDriver page) {
        WebElement img = page.findElement(By.cssSelector(".article__image img"));
        browser.waiting().until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
        return img;
    }

    private static String currentSrc(WebDriver page, WebElement img) {
        return (String) ((JavascriptExecutor) page).executeScript("return arguments[0].currentSrc;", img);
    }

    private static int widthOf(String address) {
        Matcher width = WIDTH_IN_ADDRESS.matcher(address);
        assertTrue(width.find(), "a media address: " + address);
        if (Renditions.webpEncoderInstalled()) {
            assertEquals("webp", width.group(2), "Chromium takes the WebP source: " + address);
        }
        return width.group(1) == null ? 2400 : Integer.parseInt(width.group(1));
    }

    private static long upload(StaffClient editor, String name, byte[] jpeg, String alt) throws Exception {
        var uploaded = editor.upload(name, jpeg, "alt=" + java.net.URLEncoder.encode(alt, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        return StaffClient.json(uploaded).getJsonNumber("id").longValue();
    }

    private static String publish(StaffClient editor, String title, long imageId) throws Exception {
        long id = StaffClient.idOf(editor.json("POST", "api/newsroom/articles", "{\"title\":\"" + title + "\","
                + "\"excerpt\":\"Pastures opened three weeks early.\",\"body\":\"<p>Flocks moved north.</p>\","
                + "\"sectionSlugs\":[\"kazakhstan\"],\"featuredImageId\":" + imageId + "}"));
        assertEquals(200, editor.json("POST", "api/newsroom/articles/" + id + "/actions/publish", "{}").statusCode());
        return StaffClient.json(editor.json("GET", "api/newsroom/articles/" + id, null)).getString("slug");
    }
}
