package org.newsroom.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsroom.news.article.ArticleStatus;

/** The mapping rules, against the fixture's traps (its README). */
class PostMappingTest {

    private static PostPlan plan(WxrItem item) {
        return PostMapping.plan(item, Fixture.ALMATY, "en-US", Fixture.NOW);
    }

    @Test
    void statusesMapAsTheReadmeCountsThem() {
        List<WxrItem> content = Fixture.items().stream().filter(i -> !"attachment".equals(i.type())).toList();
        Map<String, Long> skipped = content.stream().filter(i -> PostMapping.skipReason(i).isPresent())
                .collect(Collectors.groupingBy(i -> i.type() + "/" + i.status(), Collectors.counting()));
        assertEquals(Map.of("post/trash", 2L, "nav_menu_item/publish", 8L), skipped);
        Map<ArticleStatus, Long> statuses = content.stream().filter(i -> PostMapping.skipReason(i).isEmpty())
                .map(PostMappingTest::plan).collect(Collectors.groupingBy(PostPlan::status, Collectors.counting()));
        // 30 published posts less the password-protected one, plus About and Contact
        assertEquals(31L, statuses.get(ArticleStatus.PUBLISHED));
        assertEquals(2L, statuses.get(ArticleStatus.SCHEDULED));
        assertEquals(2L, statuses.get(ArticleStatus.IN_REVIEW));
        // 3 drafts, the private post and the password-protected one
        assertEquals(5L, statuses.get(ArticleStatus.DRAFT));
    }

    @Test
    void publishedAtIsTheGmtDateAcrossAlmatysZoneChange() {
        List<PostPlan> plans = Fixture.items().stream().filter(i -> "post".equals(i.type()) && "publish".equals(i.status()))
                .map(PostMappingTest::plan).toList();
        PostPlan earliest = plans.stream().filter(p -> p.publishedAt() != null)
                .min((a, b) -> a.publishedAt().compareTo(b.publishedAt())).orElseThrow();
        WxrItem item = Fixture.items().stream().filter(i -> i.postId() == earliest.postId()).findFirst().orElseThrow();
        LocalDateTime local = LocalDateTime.parse(item.postDate().replace(' ', 'T'));
        assertTrue(earliest.publishedAt().isBefore(LocalDateTime.of(2024, 3, 1, 0, 0)));
        assertEquals(local.minusHours(6), earliest.publishedAt(), "UTC+6 before 1 March 2024");
        PostPlan wage = plan(Fixture.post("Uzbekistan raises minimum wage"));
        WxrItem wageItem = Fixture.post("Uzbekistan raises minimum wage");
        assertEquals(LocalDateTime.parse(wageItem.postDate().replace(' ', 'T')).minusHours(5), wage.publishedAt(), "UTC+5 after");
    }

    @Test
    void aDraftWithoutGmtDateIsDatedByItsLocalDateInTheSiteZone() {
        WxrItem draft = Fixture.post("Why Kyrgyzstan’s power cuts");
        assertTrue(draft.postDateGmt().startsWith("0000-00-00"));
        PostPlan plan = plan(draft);
        assertEquals(ArticleStatus.DRAFT, plan.status());
        assertEquals(LocalDateTime.parse(draft.postDate().replace(' ', 'T')).minusHours(5), plan.createdAt());
        assertFalse(plan.slug().isBlank(), "an empty post_name gets a slug from the title");
        assertTrue(WordPressDates.utc("0000-00-00 00:00:00", "0000-00-00 00:00:00", Fixture.ALMATY).isEmpty());
    }

    @Test
    void slugsAreWordPressesDecodedAndOldSlugsKept() {
        PostPlan tenge = plan(Fixture.post("Tenge “holds the line”"));
        assertTrue(tenge.slug().endsWith("📉"), tenge.slug());
        PostPlan russian = plan(Fixture.post("Нацбанк Казахстана"));
        assertTrue(russian.slug().startsWith("нацбанк-казахстана"), russian.slug());
        assertEquals("ru", russian.language());
        PostPlan wage = plan(Fixture.post("Uzbekistan raises minimum wage"));
        assertEquals("uzbekistan-raises-minimum-wage-by-12-percent", wage.slug());
        assertEquals(List.of("uzbekistan-to-raise-minimum-wage-by-10-percent"), wage.oldSlugs());
        assertEquals("/2025/11/uzbekistan-raises-minimum-wage-by-12-percent/", wage.oldPath());
        assertEquals("en", wage.language());
    }

    @Test
    void privateProtectedStickyExcerptAndSubtitle() {
        PostPlan briefing = plan(Fixture.post("Subscriber briefing"));
        assertEquals(ArticleStatus.DRAFT, briefing.status());
        assertTrue(briefing.notes().stream().anyMatch(n -> n.contains("password-protected")));
        PostPlan internal = plan(Fixture.post("Internal: style guide"));
        assertEquals(ArticleStatus.DRAFT, internal.status());
        assertTrue(internal.notes().stream().anyMatch(n -> n.contains("private")));
        List<PostPlan> all = Fixture.items().stream().filter(i -> PostMapping.skipReason(i).isEmpty() && !"attachment".equals(i.type()))
                .map(PostMappingTest::plan).toList();
        assertEquals(1, all.stream().filter(PostPlan::pinned).count());
        WxrItem withSubtitle = Fixture.items().stream().filter(i -> i.firstMeta("subtitle").isPresent()).findFirst().orElseThrow();
        if (withSubtitle.excerpt().isBlank()) {
            assertEquals(withSubtitle.firstMeta("subtitle").orElseThrow().strip(), plan(withSubtitle).standfirst());
        }
        long explicit = Fixture.items().stream().filter(i -> "post".equals(i.type()) && !i.excerpt().isBlank()).count();
        assertEquals(2, explicit);
        assertNull(plan(Fixture.post("Aktau port handles")).standfirst(), "no excerpt: derived as today");
    }

    @Test
    void postFormatsAreNotTagsAndCategoriesKeepTheirOrder() {
        PostPlan video = plan(Fixture.post("Video: Turkmenistan opens"));
        assertTrue(video.tags().stream().noneMatch(t -> t.equalsIgnoreCase("video")), video.tags().toString());
        PostPlan treaty = plan(Fixture.post("Tajikistan and Kyrgyzstan ratify"));
        assertEquals(2, treaty.sectionSlugs().size());
        assertTrue(treaty.tags().isEmpty());
        PostPlan about = plan(Fixture.items().stream().filter(i -> "page".equals(i.type())).findFirst().orElseThrow());
        assertTrue(about.page());
        assertEquals(ArticleStatus.PUBLISHED, about.status());
        Function<String, Long> tags = name -> Fixture.items().stream().flatMap(i -> i.categories().stream())
                .filter(c -> "post_format".equals(c.domain())).count();
        assertTrue(tags.apply("") > 0, "the fixture has post formats");
    }
}
