package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineJsonTest {

    /** Headlines aimed at the HTML parser's script-data states. */
    @ParameterizedTest
    @ValueSource(strings = {"<!--<script> LD", "</script><script>alert(1)</script>", "<!-- x --> y", "</SCRIPT >",
        "<script>", "a & b <b>c</b>", "<!--", "-->", "]]>", "\u2028line\u2029"})
    void aHeadlineCanNeitherEndTheScriptNorHideThePageYetReadsTheSame(String headline) {
        String json = Json.createObjectBuilder().add("headline", headline).build().toString();
        String inline = InlineJson.of(json);
        assertFalse(inline.contains("<"), inline);
        assertFalse(inline.contains(">"), inline);
        assertFalse(inline.contains("&"), inline);
        assertEquals(headline, Json.createReader(new StringReader(inline)).readObject().getString("headline"),
                "a JSON reader gets the headline back unchanged");
    }
}
