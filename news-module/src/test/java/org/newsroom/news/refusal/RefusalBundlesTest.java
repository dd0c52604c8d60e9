package org.newsroom.news.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The news module's refusal bundles: English and Russian say the same things (same keys, none empty,
 * Russian in Cyrillic), every key the code names is there and every key there is named by the code,
 * and each pattern formats with sample arguments in both languages, the Russian using the same arguments.
 */
class RefusalBundlesTest {

    private static final Properties ENGLISH = load("refusals_en.properties");
    private static final Properties RUSSIAN = load("refusals_ru.properties");
    /** Where the code names a key: Wording.refusal("key", …), possibly choosing between two keys with "?". */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:account|article|import|media|revision|section|size|translation|upload|workflow)\\.[A-Za-z_.]+[A-Za-z])\"");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    @Test
    void englishAndRussianHaveTheSameKeysNoneEmpty() {
        assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), new TreeSet<>(RUSSIAN.stringPropertyNames()));
        for (String key : ENGLISH.stringPropertyNames()) {
            assertFalse(ENGLISH.getProperty(key).isBlank(), key + " is empty in English");
            assertFalse(RUSSIAN.getProperty(key).isBlank(), key + " is empty in Russian");
        }
    }

    @Test
    void russianIsWrittenInCyrillic() {
        for (String key : RUSSIAN.stringPropertyNames()) {
            assertTrue(CYRILLIC.matcher(RUSSIAN.getProperty(key)).find(), key + " is not Russian: " + RUSSIAN.getProperty(key));
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundleAndEveryKeyInTheBundleIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../web-module/src/main/java"))) {
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    if (!code.contains("Wording")) {
                        continue;
                    }
                    Matcher keys = KEY_LITERAL.matcher(code);
                    while (keys.find()) {
                        named.add(keys.group(1));
                    }
                }
            }
        }
        assertTrue(named.size() > 80, "the scan finds the keys: " + named.size());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(ENGLISH.stringPropertyNames());
        assertEquals(Set.of(), missing, "named in the code, absent from refusals_en.properties");
        Set<String> unused = new TreeSet<>(ENGLISH.stringPropertyNames());
        unused.removeAll(named);
        assertEquals(Set.of(), unused, "in refusals_en.properties, named nowhere");
    }

    @Test
    void everyPatternFormatsInBothLanguagesWithTheSameArguments() {
        for (String key : ENGLISH.stringPropertyNames()) {
            String english = ENGLISH.getProperty(key);
            String russian = RUSSIAN.getProperty(key);
            Object[] sample = sampleArguments(english);
            assertEquals(sample.length, sampleArguments(russian).length, key + ": the Russian uses other arguments");
            for (Object[] arguments : List.of(sample, withCount(sample, 1), withCount(sample, 3), withCount(sample, 21))) {
                String saidInEnglish = new MessageFormat(english, ULocale.ENGLISH).format(arguments);
                String saidInRussian = new MessageFormat(russian, new ULocale("ru")).format(arguments);
                assertFalse(saidInEnglish.contains("{"), key + " left a placeholder: " + saidInEnglish);
                assertFalse(saidInRussian.contains("{"), key + " left a placeholder: " + saidInRussian);
                for (Object argument : arguments) {
                    if (argument instanceof String text && !text.equals("other")) {
                        assertTrue(saidInRussian.contains(text), key + " drops an argument in Russian: " + saidInRussian);
                    }
                }
            }
        }
    }

    @Test
    void aWordingThrowsWhereItIsMadeWhenItsKeyIsMissing() {
        org.junit.jupiter.api.Assertions.assertThrows(java.util.MissingResourceException.class,
                () -> Wording.refusal("account.no.such.key"));
    }

    /** Numbers for plural and number arguments, "other" for select, a name for the rest. */
    private static Object[] sampleArguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START) {
                continue;
            }
            int index = parsed.getPart(i + 1).getValue();
            while (arguments.size() <= index) {
                arguments.add(null);
            }
            MessagePattern.ArgType type = part.getArgType();
            Object sample = type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SIMPLE ? 5
                    : type == MessagePattern.ArgType.SELECT ? "other" : "name" + index;
            if (arguments.get(index) == null || sample instanceof Integer) {
                arguments.set(index, sample);
            }
        }
        return arguments.toArray();
    }

    private static Object[] withCount(Object[] sample, int count) {
        Object[] arguments = sample.clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Integer) {
                arguments[i] = count;
            }
        }
        return arguments;
    }

    private static Properties load(String name) {
        try (InputStream in = RefusalBundlesTest.class.getResourceAsStream("/org/newsroom/news/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
