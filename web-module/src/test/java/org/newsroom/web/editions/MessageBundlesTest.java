package org.newsroom.web.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two editions' bundles say the same things: the same keys, none empty, the Russian texts in Cyrillic
 * (a key copied without translating shows up here), and every key a reader page names exists.
 */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
    /** Keys whose text is the same in both editions by nature (patterns, proper names, the other edition's name). */
    private static final Set<String> NOT_RUSSIAN = Set.of("date.heading", "date.dateAndTime", "date.time",
            "feed.rss", "feed.atom", "chrome.otherEdition", "article.translation");

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/newsroom/web/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void bothEditionsHaveTheSameKeysAndNoneIsEmpty() {
        Properties english = bundle("en");
        Properties russian = bundle("ru");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(russian.stringPropertyNames()));
        english.forEach((key, text) -> assertFalse(text.toString().isBlank(), "en: " + key));
        russian.forEach((key, text) -> assertFalse(text.toString().isBlank(), "ru: " + key));
    }

    @Test
    void russianTextsAreWrittenInRussian() {
        Properties russian = bundle("ru");
        for (String key : russian.stringPropertyNames()) {
            if (!NOT_RUSSIAN.contains(key)) {
                assertTrue(russian.getProperty(key).chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                        "ru: " + key + " = " + russian.getProperty(key));
            }
        }
    }

    @Test
    void everyKeyAReaderPageNamesIsInTheBundles() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(WEBAPP)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = PAGE_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertFalse(named.isEmpty());
        named.removeAll(keys);
        assertEquals(Set.of(), named, "keys named by pages but missing from the bundles");
    }
}
