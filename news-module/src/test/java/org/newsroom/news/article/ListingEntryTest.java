package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsroom.news.account.Account;
import org.newsroom.news.account.Role;
import org.newsroom.news.edition.Edition;
import org.newsroom.news.section.Section;
import org.newsroom.news.section.SectionKind;

class ListingEntryTest {

    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 2, 20, 6, 0);

    private final Section kazakhstan = withId(new Section("kazakhstan", "Kazakhstan", SectionKind.COUNTRY, 10), 1L);
    private final Section economy = withId(new Section("economy", "Economy", SectionKind.TOPIC, 60), 7L);
    private final Account aida = withId(new Account("aida", "Aida Sultanova", "hash", Role.REPORTER, MORNING), 42L);

    @Test
    void aPublishedArticleIsOnTheLatestListAndOnEachOfItsSectionsTagsAndAuthorsLists() {
        Set<ListingEntry.Placement> placements = ListingEntry.placements(List.of(kazakhstan, economy), List.of("gas"), List.of(aida));

        assertEquals(Set.of("LATEST:", "SECTION:1", "SECTION:7", "TAG:gas", "AUTHOR:42"), names(placements));
    }

    @Test
    void aTagsListIsTheSameWhateverCaseItIsWrittenIn() {
        Set<ListingEntry.Placement> placements = ListingEntry.placements(List.of(), List.of("Тенге", "тенге", "ШЫҒЫС ҚАЗАҚСТАН"), List.of());

        assertEquals(Set.of("LATEST:", "TAG:тенге", "TAG:шығыс қазақстан"), names(placements));
    }

    @Test
    void movingToAnotherSectionKeepsTheRowsThatStayAndReplacesTheOneThatGoes() {
        Article article = new Article("Gas deal signed", "<p>Body</p>", aida, List.of(kazakhstan), MORNING);
        Set<ListingEntry> entries = new LinkedHashSet<>();
        ListingEntry.reconcile(article, entries, ListingEntry.placements(List.of(kazakhstan), List.of(), List.of(aida)), MORNING, Edition.EN);
        ListingEntry latest = entries.stream().filter(e -> e.placement().kind().equals("LATEST")).findFirst().orElseThrow();

        LocalDateTime corrected = MORNING.minusHours(1);
        ListingEntry.reconcile(article, entries, ListingEntry.placements(List.of(economy), List.of(), List.of(aida)), corrected, Edition.EN);

        assertEquals(Set.of("LATEST:", "SECTION:7", "AUTHOR:42"),
                names(entries.stream().map(ListingEntry::placement).collect(Collectors.toSet())));
        assertSame(latest, entries.stream().filter(e -> e.placement().kind().equals("LATEST")).findFirst().orElseThrow(),
                "a row that stays is updated in place, never deleted and inserted again");
        assertTrue(entries.stream().allMatch(e -> e.getPublishedAt().equals(corrected)), "every row carries the new date");
    }

    @Test
    void anArticleWhoseLanguageChangesMovesToTheOtherEditionsListsInPlace() {
        Article article = new Article("Gas deal signed", "<p>Body</p>", aida, List.of(kazakhstan), MORNING);
        Set<ListingEntry> entries = new LinkedHashSet<>();
        Set<ListingEntry.Placement> lists = ListingEntry.placements(List.of(kazakhstan), List.of(), List.of(aida));
        ListingEntry.reconcile(article, entries, lists, MORNING, Edition.EN);
        Set<ListingEntry> before = Set.copyOf(entries);

        ListingEntry.reconcile(article, entries, lists, MORNING, Edition.RU);

        assertTrue(entries.stream().allMatch(e -> e.getEdition().equals("ru")), "every row is on the Russian edition's lists");
        assertEquals(before, Set.copyOf(entries), "the same rows, updated in place");
    }

    @Test
    void anArticleThatIsNoLongerPublishedLeavesEveryList() {
        Article article = new Article("Gas deal signed", "<p>Body</p>", aida, List.of(kazakhstan), MORNING);
        Set<ListingEntry> entries = new LinkedHashSet<>();
        ListingEntry.reconcile(article, entries, ListingEntry.placements(List.of(kazakhstan), List.of("gas"), List.of(aida)), MORNING, Edition.EN);

        ListingEntry.reconcile(article, entries, Set.of(), MORNING, Edition.EN);

        assertTrue(entries.isEmpty());
    }

    @Test
    void theListExcerptFollowsTheBodyUntilAnEditorWritesOne() {
        Article article = new Article("Gas deal signed", "<p>First words of the story.</p>", aida, List.of(kazakhstan), MORNING);
        assertEquals("First words of the story.", article.excerpt());

        article.useExcerpt("The editor's own standfirst");
        assertEquals("The editor's own standfirst", article.excerpt());
        article.useExcerpt(" ");
        assertEquals("First words of the story.", article.excerpt(), "clearing the standfirst goes back to the body");
    }

    private static Set<String> names(Set<ListingEntry.Placement> placements) {
        return placements.stream().map(p -> p.kind() + ":" + p.key()).collect(Collectors.toSet());
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
