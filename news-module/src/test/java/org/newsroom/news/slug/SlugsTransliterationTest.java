package org.newsroom.news.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cyrillic titles in the languages the outlet covers; the Latin cases are in {@link SlugsTest}. */
class SlugsTransliterationTest {

    private static final Pattern SLUG_SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // Russian: BGN/PCGN, the spelling English-language media use for names
        "Токаев встретился с Трампом                   | tokayev-vstretilsya-s-trampom",
        "Ермек Кошербаев в Вашингтоне                  | yermek-kosherbayev-v-vashingtone",
        "Объявил подъезд Щукин Чечня Хабаровск Юлия    | obyavil-podyezd-shchukin-chechnya-khabarovsk-yuliya",
        // Kazakh: Ә Ғ Қ Ң Ө Ұ Ү Һ І
        "Қазақстан Республикасы                        | qazaqstan-respublikasy",
        "Әділет Ғылым Қала Ңң Өскемен Ұлы Үкімет Һ Іле | adilet-ghylym-qala-ngng-oskemen-uly-ukimet-h-ile",
        "Бішкек пен Ақорда                             | bishkek-pen-aqorda",
        // Kyrgyz: Ң Ө Ү
        "Кыргыз Республикасынын Өкмөтү Үй-бүлө         | kyrgyz-respublikasynyn-okmotu-uy-bulo",
        // Tajik: Ғ Ӣ Қ Ӯ Ҳ Ҷ
        "Ҷумҳурии Тоҷикистон: Ғафуров ва Қурғонтеппа   | jumhurii-tojikiston-ghafurov-va-qurghonteppa",
        "Ӯ Ӣ                                           | u-i",
        // Uzbek Cyrillic: Ў Қ Ғ Ҳ
        "Ўзбекистон Республикаси Ҳукумати Қўқон        | ozbekiston-respublikasi-hukumati-qoqon",
        // mixed scripts and punctuation
        "Tokayev и Трамп: «Board of Peace» 2026        | tokayev-i-tramp-board-of-peace-2026",
        "Tokayev's visit                               | tokayevs-visit",
        "ПРЕЗИДЕНТ ТОКАЕВ                              | prezident-tokayev",
    })
    void cyrillicTitlesBecomeReadableAsciiSlugs(String title, String expected) {
        String slug = Slugs.fromTitle(title);
        assertEquals(expected, slug);
        assertTrue(SLUG_SHAPE.matcher(slug).matches(), slug);
    }

    @Test
    void otherScriptsAreTransliteratedToo() {
        assertEquals("istanbul-strasse-bei-jing", Slugs.fromTitle("İstanbul Straße 北京"));
    }

    @Test
    void titlesWithoutLettersOrDigitsGetTheFallback() {
        assertEquals("article", Slugs.fromTitle("🇰🇿🎉"));
        assertEquals("article", Slugs.fromTitle("🎉 — 🎉"));
        assertEquals("article", Slugs.fromTitle(null));
        assertEquals("article", Slugs.fromTitle("   "));
    }

    @Test
    void aWordEndingExactlyAtTheLimitIsKept() {
        String title = "ab " + "c".repeat(117) + " tail";
        assertEquals("ab-" + "c".repeat(117), Slugs.fromTitle(title));
    }

    @Test
    void aSingleOverlongWordIsCutHard() {
        assertEquals("x".repeat(120), Slugs.fromTitle("x".repeat(200)));
    }

    @Test
    void longCyrillicTitlesAreCutAtAHyphenAfterTransliteration() {
        String slug = Slugs.fromTitle("Щедрый ".repeat(40));
        assertTrue(slug.length() <= 120, slug);
        assertTrue(slug.endsWith("shchedryy"), slug);
        assertTrue(SLUG_SHAPE.matcher(slug).matches(), slug);
    }

    /** EJBs call Slugs concurrently and share one transliterator. */
    @Test
    void concurrentCallsGiveTheSameSlugsAsSequentialOnes() throws Exception {
        List<String> titles = List.of("Токаев встретился с Трампом", "Қазақстан Республикасы",
                "Ҷумҳурии Тоҷикистон", "Ўзбекистон Республикаси", "Кыргыз Республикасы", "Café in Almaty");
        List<String> expected = titles.stream().map(Slugs::fromTitle).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                results.add(pool.submit(() -> {
                    List<String> last = null;
                    for (int round = 0; round < 100; round++) {
                        last = titles.stream().map(Slugs::fromTitle).toList();
                        if (!last.equals(expected)) {
                            return last;
                        }
                    }
                    return last;
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
