package org.newsroom.news.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The newsroom's Bean Validation messages: every {key} a constraint names is in English and Russian, the
 * two have the same keys and the same {attributes}, none is empty, the Russian is Cyrillic.
 */
class ValidationMessagesTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("message = \"\\{(org\\.newsroom\\.[A-Za-z.]+)}\"");
    private static final Pattern TERM = Pattern.compile("\\{([^{}]+)}");

    @Test
    void everyConstraintsKeyIsInBothLanguagesWithTheSameAttributes() throws IOException {
        Properties english = load("/ValidationMessages.properties");
        Properties russian = load("/ValidationMessages_ru.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = MESSAGE_KEY.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        assertEquals(5, named.size(), "the Article's constraints: " + named);
        assertEquals(named, new TreeSet<>(english.stringPropertyNames()));
        assertEquals(named, new TreeSet<>(russian.stringPropertyNames()));
        for (String key : named) {
            assertFalse(english.getProperty(key).isBlank(), key);
            assertTrue(Pattern.compile("\\p{IsCyrillic}").matcher(russian.getProperty(key)).find(), key);
            assertEquals(terms(english.getProperty(key)), terms(russian.getProperty(key)), key);
        }
    }

    private static Set<String> terms(String message) {
        Set<String> terms = new TreeSet<>();
        Matcher found = TERM.matcher(message);
        while (found.find()) {
            terms.add(found.group(1));
        }
        return terms;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
