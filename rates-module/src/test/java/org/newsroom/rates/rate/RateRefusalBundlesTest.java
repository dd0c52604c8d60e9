package org.newsroom.rates.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsroom.rates.desk.ManualRate;
import org.newsroom.rates.desk.RateDecisionException;
import org.newsroom.rates.feed.OfficialQuote;
import org.newsroom.rates.held.HeldRate;
import org.newsroom.rates.held.HeldRateStatus;

/**
 * The rates module's refusal bundles: same keys in English and Russian, none empty, Russian in Cyrillic,
 * every key the code names present (and every key named), each pattern formatting in both languages.
 */
class RateRefusalBundlesTest {

    private static final Properties ENGLISH = load("refusals_en.properties");
    private static final Properties RUSSIAN = load("refusals_ru.properties");
    private static final Pattern KEY_LITERAL = Pattern.compile("RateWording\\.of\\(\"([A-Za-z_.]+)\"");
    private static final Locale RU = new Locale("ru");

    @Test
    void englishAndRussianHaveTheSameKeysNoneEmptyRussianInCyrillic() {
        assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), new TreeSet<>(RUSSIAN.stringPropertyNames()));
        for (String key : RUSSIAN.stringPropertyNames()) {
            assertFalse(ENGLISH.getProperty(key).isBlank(), key);
            assertTrue(Pattern.compile("\\p{IsCyrillic}").matcher(RUSSIAN.getProperty(key)).find(), key + " is not Russian");
        }
    }

    @Test
    void everyKeyTheCodeNamesIsThereAndEveryKeyIsNamed() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher keys = KEY_LITERAL.matcher(Files.readString(file));
                while (keys.find()) {
                    named.add(keys.group(1));
                }
            }
        }
        for (HeldRateStatus status : HeldRateStatus.values()) {
            named.remove("held.status.");
            named.add("held.status." + status.name());  // named as "held.status." + status.name()
        }
        assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), named);
    }

    @Test
    void everyPatternFormatsInBothLanguages() {
        for (String key : ENGLISH.stringPropertyNames()) {
            Object[] sample = sample(new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH));
            assertEquals(sample.length, sample(new MessageFormat(RUSSIAN.getProperty(key), RU)).length, key);
            String russian = new MessageFormat(RUSSIAN.getProperty(key), RU).format(sample);
            assertFalse(russian.contains("{") || russian.contains("'"), key + ": " + russian);
            assertFalse(new MessageFormat(ENGLISH.getProperty(key), Locale.ENGLISH).format(sample).contains("{"), key);
        }
    }

    @Test
    void aManualRateIsRefusedInRussianAndItsMessageStaysEnglish() {
        InvalidRate refused = assertThrows(InvalidRate.class,
                () -> new ManualRate("KZT", LocalDate.of(2026, 4, 1), new BigDecimal("478.7700001"), 1, "NBK", "why"));
        assertEquals("The rate can have at most 6 decimals", refused.getMessage());
        assertEquals("Наибольшее число знаков после запятой в курсе — 6", refused.wording().in(RU));
    }

    @Test
    void aHeldRateDecidedAlreadySaysByWhomInRussian() {
        HeldRate held = new HeldRate(new OfficialQuote("KZT", LocalDate.of(2026, 4, 1), new BigDecimal("560.00"), 1, "NBK",
                false, "NBK file of 01.04.2026"), "moves too much", LocalDateTime.of(2026, 4, 1, 6, 0));
        held.reject("aigerim", null, LocalDateTime.of(2026, 4, 1, 6, 15));
        IllegalStateException again = assertThrows(IllegalStateException.class,
                () -> held.reject("timur", null, LocalDateTime.of(2026, 4, 1, 7, 0)));
        RateDecisionException shown = new RateDecisionException(RateWording.of(again));
        assertEquals("The held KZT rate of 2026-04-01 was already rejected by aigerim at 2026-04-01T06:15", shown.getMessage());
        assertEquals("Задержанный курс KZT на 2026-04-01 уже отклонён; решение принял(а) aigerim, 2026-04-01T06:15",
                shown.messageIn(RU));
        assertEquals(shown.getMessage(), shown.messageIn(new Locale("kk")));
    }

    private static Object[] sample(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = formats[i] instanceof NumberFormat ? (Object) 7 : "name" + i;
        }
        return arguments;
    }

    private static Properties load(String name) {
        try (InputStream in = RateRefusalBundlesTest.class.getResourceAsStream("/org/newsroom/rates/" + name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
