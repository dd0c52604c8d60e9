package org.newsroom.news.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsroom.news.section.Section;

class SampleArticlesTest {

    @Test
    void theShippedSamplesAreTheSnapshotsSixStoriesFiledUnderKnownSections() {
        List<SampleArticles.Sample> samples = SampleArticles.load();
        Set<String> sections = NewsFirstStart.defaultSections().stream().map(Section::getSlug).collect(Collectors.toSet());

        assertEquals(6, samples.size());
        assertEquals("President Tokayev’s Washington Visit: Peace is Not a Bridge Too Far", samples.get(0).title());
        assertEquals(LocalDateTime.of(2026, 2, 20, 9, 30), samples.get(0).publishedAt());
        for (SampleArticles.Sample sample : samples) {
            assertTrue(sections.containsAll(sample.sectionSlugs()), sample.title());
            assertTrue(sample.body().startsWith("<p>"), sample.title());
        }
    }

    @Test
    void theRussianSamplesAreRussianAndEachTranslatesAnEnglishOne() {
        List<SampleArticles.Sample> english = SampleArticles.load();
        List<SampleArticles.Translation> russian = SampleArticles.loadRussian();

        assertEquals(3, russian.size());
        assertEquals("Визит Токаева в Вашингтон: мир — не слишком далёкий мост", russian.get(0).sample().title());
        assertEquals(0, russian.get(0).translates());
        for (SampleArticles.Translation translation : russian) {
            assertEquals("ru", org.newsroom.news.article.HeadlineLanguage.of(translation.sample().title()));
            assertEquals(english.get(translation.translates()).sectionSlugs(), translation.sample().sectionSlugs());
        }
    }

    /** The snapshot's ambassador story has a captioned photo; the sample keeps the caption as a figure. */
    @Test
    void theSnapshotsCaptionBecomesAFigureWithItsText() {
        SampleArticles.Sample ambassador = SampleArticles.load().stream()
                .filter(sample -> sample.title().startsWith("U.S. Ambassador to Kazakhstan")).findFirst().orElseThrow();
        String stored = org.newsroom.news.article.ArticleBody.sanitize(ambassador.body());
        assertTrue(stored.contains("<figure class=\"aligncenter\"><figcaption>U.S. Ambassador Julie Stufft presents her"
                + " credentials to President Kassym-Jomart Tokayev of Kazakhstan; image: Akorda</figcaption></figure>"), stored);
        assertFalse(stored.contains("[caption"));
        assertTrue(stored.contains("keynote address.</p>"), "the paragraph before it is whole");
    }

    @Test
    void parsesHeaderAndMultiLineBody() {
        List<SampleArticles.Sample> samples = SampleArticles.parse(List.of(
                "=== 2026-02-18T08:40 | uzbekistan, politics | A title | with a bar",
                "<p>one</p>", "<p>two</p>"));
        assertEquals(1, samples.size());
        assertEquals("A title | with a bar", samples.get(0).title());
        assertEquals(List.of("uzbekistan", "politics"), samples.get(0).sectionSlugs());
        assertEquals("<p>one</p>\n<p>two</p>", samples.get(0).body());
    }
}
