package org.newsroom.news.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleBodyTest {

    private static final String VECTOR_FILE = "xss-vectors.txt";
    /** Characters a text file cannot hold (null byte, tab, line feed) are written as {U+XXXX}. */
    private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\{U\\+([0-9A-Fa-f]{4,6})}");

    static List<String> xssVectors() throws IOException {
        try (InputStream in = ArticleBodyTest.class.getResourceAsStream(VECTOR_FILE)) {
            assertNotNull(in, VECTOR_FILE + " is on the test class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("##"))
                    .map(ArticleBodyTest::unescape)
                    .collect(Collectors.toList());
        }
    }

    private static String unescape(String line) {
        return ESCAPED_CHARACTER.matcher(line).replaceAll(escape -> Matcher.quoteReplacement(
                new String(Character.toChars(Integer.parseInt(escape.group(1), 16)))));
    }

    @Test
    void thereAreAtLeastSixtyVectors() throws IOException {
        assertTrue(xssVectors().size() >= 60, "vectors: " + xssVectors().size());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("xssVectors")
    void noVectorLeavesAnythingExecutable(String vector) {
        String clean = ArticleBody.sanitize(vector);

        InertHtml.assertInert(clean);
        // Bodies are sanitised on every save; a second pass must not change them again.
        assertEquals(clean, ArticleBody.sanitize(clean));
    }

    @Test
    void theInspectorCatchesWhatItIsMeantToCatch() {
        assertFalse(InertHtml.problems("<img src=\"x\" onerror=\"alert(1)\" />").isEmpty());
        assertFalse(InertHtml.problems("<a href=\"jav&#x09;ascript:alert(1)\">x</a>").isEmpty());
        assertFalse(InertHtml.problems("<a href=\" &amp;#x6A;avascript&amp;colon;alert(1)\">x</a>").isEmpty());
        assertFalse(InertHtml.problems("<img src=\"DATA:image/svg+xml,x\" />").isEmpty());
        assertFalse(InertHtml.problems("<p style=\"color:red\">x</p>").isEmpty());
        assertFalse(InertHtml.problems("<div>x</div>").isEmpty());
        assertFalse(InertHtml.problems("<p>x</p>&lt;<script>alert(1)</script>").isEmpty());
        assertFalse(InertHtml.problems("<p>unclosed").isEmpty());
        assertTrue(InertHtml.problems("<p><a href=\"https://example.com/\">x</a> &lt;script&gt;</p>").isEmpty());
    }

    @Test
    void anOrdinaryStoryIsKeptAsItIs() {
        String story = "<p>At a press conference in <strong>Astana</strong>, the ambassador spoke of "
                + "<em>cultural diplomacy</em>, <b>AI</b> and <i>critical minerals</i>.</p>"
                + "<h2>Trade</h2><h3>Mining</h3><h4>Rare earths</h4>"
                + "<blockquote cite=\"https://akorda.kz/en/speech\">Peace remains achievable.</blockquote>"
                + "<ul><li>Uranium</li><li>Tungsten</li></ul><ol><li>First</li><li>Second</li></ol>"
                + "<p>See <a href=\"https://www.state.gov/\">the State Department</a>, "
                + "<a href=\"/news/2026/02/tokayev-washington\">our report</a>, "
                + "<a href=\"#note-1\">note 1</a> and "
                + "<a href=\"https://akorda.kz/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">Akorda</a>."
                + "</p>"
                + "<figure class=\"aligncenter\"><img src=\"/media/2026/02/stufft.jpg\" alt=\"Julie Stufft\" "
                + "width=\"794\" height=\"530\" loading=\"lazy\" /><figcaption>Image: Akorda</figcaption></figure>"
                + "<table><thead><tr><th colspan=\"2\">Exports</th></tr></thead>"
                + "<tbody><tr><td rowspan=\"2\">2025</td><td>Oil</td></tr></tbody></table>"
                + "<pre><code>KZT/USD 0.00203</code></pre><hr />"
                + "<p>H<sub>2</sub>O, 10<sup>3</sup>, <s>Monday</s> Tuesday, <u>underlined</u>, "
                + "<span lang=\"ru\">Добро пожаловать</span>.</p>";

        assertEquals(story, ArticleBody.sanitize(story));
    }

    @Test
    void voidElementsAreWrittenSelfClosed() {
        assertEquals("<p>one<br />two</p><hr />", ArticleBody.sanitize("<p>one<br>two</p><hr>"));
    }

    @Test
    void aLinkOpeningANewWindowAlwaysGetsTheSameRel() {
        assertEquals("<a href=\"https://kabar.kg/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">Kabar</a>",
                ArticleBody.sanitize("<a href=\"https://kabar.kg/\" target=\"_blank\" rel=\"opener\">Kabar</a>"));
        assertEquals("<a href=\"https://kabar.kg/\">Kabar</a>",
                ArticleBody.sanitize("<a href=\"https://kabar.kg/\" rel=\"opener\" target=\"_top\">Kabar</a>"));
    }

    @Test
    void linksLeavingTheAllowedSchemesAreUnwrappedToTheirText() {
        assertEquals("<p>elsewhere, there, nowhere</p>", ArticleBody.sanitize(
                "<p><a href=\"//evil.example/\">elsewhere</a>, <a href=\"relative/page\">there</a>, "
                        + "<a name=\"anchor\">nowhere</a></p>"));
        assertEquals("<a href=\"mailto:desk&#64;newsroom.example\">write to us</a>",
                ArticleBody.sanitize("<a href=\"mailto:desk@newsroom.example\">write to us</a>"));
    }

    @Test
    void imagesComeFromTheWebOrOurMediaLibraryOnly() {
        assertEquals("<img src=\"https://cdn.example/a.jpg\" />", ArticleBody.sanitize("<img src=\"https://cdn.example/a.jpg\">"));
        assertEquals("<img src=\"/media/2026/a.jpg\" alt=\"a\" />", ArticleBody.sanitize("<img src=\"/media/2026/a.jpg\" alt=\"a\">"));
        // A same-site image URL outside /media/ would let a body fire requests at our own pages.
        assertEquals("", ArticleBody.sanitize("<img src=\"/admin/articles/7/delete\" alt=\"x\">"));
        assertEquals("", ArticleBody.sanitize("<img src=\"/media/../admin/articles/7/delete\">"));
        assertEquals("", ArticleBody.sanitize("<img src=\"/media/%2e%2e/admin\">"));
        assertEquals("", ArticleBody.sanitize("<img src=\"//cdn.example/a.jpg\">"));
        assertEquals("<img src=\"/media/a.jpg\" />",
                ArticleBody.sanitize("<img src=\"/media/a.jpg\" width=\"100%\" height=\"-1\" loading=\"auto\">"));
    }

    @Test
    void presentationalMarkupGoesButTheTextStays() {
        assertEquals("<p>Rates steady in Bishkek</p>", ArticleBody.sanitize(
                "<div class=\"x\"><p style=\"color:red\" id=\"lead\" class=\"lead\">Rates <font color=\"red\">steady</font>"
                        + " in <span>Bishkek</span></p></div>"));
    }

    @Test
    void pastedHeadingsKeepTheOutlineBelowThePageTitle() {
        assertEquals("<h2>Main</h2><h4>Minor</h4><h4>Least</h4>",
                ArticleBody.sanitize("<h1>Main</h1><h5>Minor</h5><h6>Least</h6>"));
    }

    @Test
    void onlyAlignmentClassesSurviveOnFigures() {
        assertEquals("<figure class=\"aligncenter\"><img src=\"/media/c.jpg\" /><figcaption>cap</figcaption></figure>",
                ArticleBody.sanitize("<figure class=\"wp-block-image aligncenter size-large\"><img src=\"/media/c.jpg\">"
                        + "<figcaption class=\"wp-element-caption\">cap</figcaption></figure>"));
    }

    @Test
    void tableCellSpansMustBeSmallNumbers() {
        assertEquals("<table><tbody><tr><td colspan=\"3\">a</td><td>b</td></tr></tbody></table>",
                ArticleBody.sanitize("<table><tr><td colspan=\"3\">a</td><td colspan=\"999\" rowspan=\"x\">b</td></tr></table>"));
    }

    /** Browsers read these as the characters typed; plain-text consumers must decode them. */
    @Test
    void punctuationThatCouldBreakOutOfAttributesIsWrittenAsCharacterReferences() {
        assertEquals("<p>&#34;Tokayev&#39;s&#34; &#61; 1 &#43; 1 &#64; &#96;x&#96; &amp; &lt;b&gt;, “quoted”</p>",
                ArticleBody.sanitize("<p>\"Tokayev's\" = 1 + 1 @ `x` &amp; &lt;b&gt;, “quoted”</p>"));
    }

    @Test
    void nullAndBlankBodiesBecomeEmpty() {
        assertEquals("", ArticleBody.sanitize(null));
        assertEquals("", ArticleBody.sanitize(" \n "));
    }
}
