package org.newsroom.news.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static final String BODY = "<p>Kazakhstan’s central bank kept its base rate at <b>16.5%</b> on Friday.</p>"
            + "<p>Analysts in Almaty had expected a cut.</p>";

    private static RevisionSnapshot snapshot(String title, String body, List<String> sections, List<String> tags) {
        return new RevisionSnapshot(title, "central-bank-holds-rate", null, body, sections, tags,
                "rates.jpg", "The National Bank in Almaty", "Photo: Akorda", "Bank building", "en");
    }

    private static RevisionSnapshot original() {
        return snapshot("Central bank holds rate", BODY, List.of("Economy"), List.of("rates", "tenge"));
    }

    @Test
    void identicalRevisionsHaveNoChanges() {
        assertEquals(List.of(), RevisionDiff.between(original(), original()));
    }

    @Test
    void aCorrectedFigureShowsTheOldAndNewNumber() {
        RevisionSnapshot corrected = snapshot("Central bank holds rate", BODY.replace("16.5%", "16.75%"),
                List.of("Economy"), List.of("rates", "tenge"));
        List<FieldChange> changes = RevisionDiff.between(original(), corrected);
        assertEquals(1, changes.size());
        assertEquals("Body", changes.get(0).fieldLabel());
        assertEquals("Kazakhstan’s central bank kept its base rate at 16.<del>5</del><ins>75</ins>% on Friday.<br>\n"
                + "Analysts in Almaty had expected a cut.", changes.get(0).html());
    }

    @Test
    void aSharperHeadlineReadsAsOnePhraseReplacedByAnother() {
        RevisionSnapshot sharper = snapshot("Central bank defies calls for a cut", BODY,
                List.of("Economy"), List.of("rates", "tenge"));
        List<FieldChange> changes = RevisionDiff.between(original(), sharper);
        assertEquals(List.of(new FieldChange("Title",
                "Central bank <del>holds rate</del><ins>defies calls for a cut</ins>")), changes);
    }

    @Test
    void anAddedParagraphIsInsertedWholeAndMarkupChangesAloneDoNotShowAsWords() {
        String longer = BODY + "<p>The next decision is due on <a href=\"/calendar\">12 July</a>.</p>";
        RevisionSnapshot later = snapshot("Central bank holds rate", longer, List.of("Economy"), List.of("rates", "tenge"));
        String html = RevisionDiff.between(original(), later).get(0).html();
        assertTrue(html.endsWith("cut.<ins><br>\nThe next decision is due on 12 July.</ins>"), html);
        assertFalse(html.contains("href"), html);
    }

    @Test
    void markupTheBrowsersEditorRewroteWithoutChangingHowTheBodyLooksIsNoChange() {
        // What Quill sends back for BODY when nobody touched it: other tag names for the same look,
        // entities, spaces, an empty trailing paragraph and a line break closing a paragraph.
        String rewritten = "<p>Kazakhstan&rsquo;s central bank  kept its base rate at <strong>16.5%</strong>&nbsp;on Friday.<br></p>"
                + "\n<P>Analysts in <EM></EM>Almaty had expected a&nbsp;cut.</P><p><br></p>";
        assertEquals(List.of(), RevisionDiff.between(original(),
                snapshot("Central bank holds rate", rewritten, List.of("Economy"), List.of("rates", "tenge"))));
    }

    @Test
    void aLinksAttributesInAnotherOrderAreNoChangeButAnotherAddressIs() {
        RevisionSnapshot linked = snapshot("T", "<p>See <a href=\"https://nationalbank.kz/\" target=\"_blank\" "
                + "rel=\"nofollow noopener noreferrer\">the bank</a>.</p>", List.of(), List.of());
        RevisionSnapshot reordered = snapshot("T", "<p>See <a target=\"_blank\" href=\"https://nationalbank.kz/\">the bank</a>.</p>",
                List.of(), List.of());
        RevisionSnapshot elsewhere = snapshot("T", "<p>See <a href=\"https://nationalbank.kz/en/\" target=\"_blank\">the bank</a>.</p>",
                List.of(), List.of());
        assertEquals(List.of(), RevisionDiff.between(linked, reordered));
        assertEquals(List.of(new FieldChange("Body", RevisionDiff.SAME_WORDS_NOTE)), RevisionDiff.between(linked, elsewhere));
    }

    @Test
    void emphasisAddedIsStillReportedButWithoutWordChanges() {
        RevisionSnapshot bolder = snapshot("Central bank holds rate", BODY.replace("Almaty", "<em>Almaty</em>"),
                List.of("Economy"), List.of("rates", "tenge"));
        assertEquals(List.of(new FieldChange("Body", RevisionDiff.SAME_WORDS_NOTE)),
                RevisionDiff.between(original(), bolder));
    }

    @Test
    void aHeadingLevelOrAListsKindIsAChangeAReaderSees() {
        RevisionSnapshot h2 = snapshot("T", "<h2>Курс тенге</h2><ul><li>доллар</li></ul>", List.of(), List.of());
        RevisionSnapshot h3 = snapshot("T", "<h3>Курс тенге</h3><ul><li>доллар</li></ul>", List.of(), List.of());
        RevisionSnapshot numbered = snapshot("T", "<h2>Курс тенге</h2><ol><li>доллар</li></ol>", List.of(), List.of());
        assertEquals(List.of("Body"), labels(RevisionDiff.between(h2, h3)));
        assertEquals(List.of("Body"), labels(RevisionDiff.between(h2, numbered)));
    }

    @Test
    void sectionsAndTagsInAnotherOrderAreNoChange() {
        RevisionSnapshot reordered = snapshot("Central bank holds rate", BODY, List.of("Economy"), List.of("tenge", " rates"));
        RevisionSnapshot older = snapshot("Central bank holds rate", BODY, List.of("economy", "kazakhstan"), List.of());
        RevisionSnapshot newer = snapshot("Central bank holds rate", BODY, List.of("kazakhstan", "economy"), List.of());
        assertEquals(List.of(), RevisionDiff.between(original(), reordered));
        assertEquals(List.of(), RevisionDiff.between(older, newer));
    }

    @Test
    void reorderedTagsWithOneNewOneShowOnlyTheNewOne() {
        RevisionSnapshot newer = snapshot("Central bank holds rate", BODY, List.of("Economy"),
                List.of("тенге", "tenge", "rates"));
        assertEquals(List.of(new FieldChange("Tags", "rates, tenge, <ins>тенге</ins>")),
                RevisionDiff.between(original(), newer));
    }

    @Test
    void imageCreditAndLanguageChangesAreListedInFormOrder() {
        RevisionSnapshot older = original();
        RevisionSnapshot newer = new RevisionSnapshot(older.title(), older.slug(), "Rate unchanged at 16.5%.",
                older.bodyHtml(), older.sections(), older.tags(), "rates-2.jpg", older.imageCaption(),
                "Photo: Reuters", older.imageAlt(), "ru");
        List<String> labels = RevisionDiff.between(older, newer).stream().map(FieldChange::fieldLabel).toList();
        assertEquals(List.of("Excerpt", "Image", "Image credit", "Language"), labels);
        assertEquals("Photo: <del>Akorda</del><ins>Reuters</ins>", RevisionDiff.between(older, newer).get(2).html());
    }

    @Test
    void nothingFromTheRevisionTextPassesThroughAsMarkup() {
        String hostile = "<p>Hello <script>alert('x')</script> &lt;script&gt;steal()&lt;/script&gt;"
                + " <img src=x onerror=\"alert(1)\"></p>";
        RevisionSnapshot older = snapshot("Plain", "<p>Hello</p>", List.of("A&B"), List.of());
        RevisionSnapshot newer = snapshot("<b>Bold</b> \"quoted\" & <i>more</i>", hostile,
                List.of("A&B", "<script>x</script>"), List.of("<em>tag</em>"));
        List<FieldChange> changes = RevisionDiff.between(older, newer);
        assertEquals(4, changes.size(), changes::toString);
        for (FieldChange change : changes) {
            String withoutOurTags = change.html().replaceAll("</?(del|ins)>|<br>", "");
            assertFalse(withoutOurTags.contains("<"), change.toString());
            assertFalse(withoutOurTags.contains(">"), change.toString());
            assertFalse(Pattern.compile("&(?!(amp|lt|gt|quot|#39);)").matcher(withoutOurTags).find(), change.toString());
        }
        String body = changes.get(1).html();
        assertTrue(body.contains("&lt;script&gt;steal()&lt;/script&gt;"), body);
        assertEquals("<del>Plain</del><ins>&lt;b&gt;Bold&lt;/b&gt; &quot;quoted&quot; &amp; &lt;i&gt;more&lt;/i&gt;</ins>",
                changes.get(0).html());
    }

    @Test
    void theFirstRevisionShowsEverythingAsAdded() {
        List<FieldChange> changes = RevisionDiff.between(null, original());
        assertEquals("<ins>Central bank holds rate</ins>", changes.get(0).html());
        assertTrue(changes.stream().noneMatch(change -> change.html().contains("<del>")));
        assertEquals(10, changes.size(), "all filled fields; the excerpt is empty in both");
    }

    @Test
    void wordPressCaptionShortcodesAndEntitiesAreReadAsText() {
        RevisionSnapshot older = snapshot("T", "[caption id=\"attachment_1\" width=\"794\"]<img src=\"a.jpg\"> "
                + "Ambassador Stufft[/caption]<p>Trade &amp; mining&nbsp;ties.</p>", List.of(), List.of());
        RevisionSnapshot newer = snapshot("T", "[caption id=\"attachment_1\" width=\"800\"]<img src=\"a.jpg\"> "
                + "Ambassador Stufft[/caption]<p>Trade &amp; energy ties.</p>", List.of(), List.of());
        assertEquals("Ambassador Stufft<br>\nTrade &amp; <del>mining</del><ins>energy</ins> ties.",
                RevisionDiff.between(older, newer).get(0).html());
    }

    private static List<String> labels(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::fieldLabel).toList();
    }

    @Test
    void cyrillicWordsAreComparedWholeNotLetterByLetter() {
        assertEquals("Курс <del>доллара</del><ins>евро</ins> вырос",
                RevisionDiff.words("Курс доллара вырос", "Курс евро вырос"));
    }
}
