package org.newsroom.rates.feed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.rates.feed.Fixtures.bytes;
import static org.newsroom.rates.feed.Fixtures.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever arrives, every parser answers with a FeedException and a readable message, nothing else. */
class BrokenInputsTest {

    @FunctionalInterface
    interface Parse {
        Object apply(byte[] body) throws Exception;
    }

    private static final Map<String, Parse> PARSERS = Map.of(
            "NBK", body -> new NbkRatesParser().parse(body, LocalDate.of(2026, 4, 1)),
            "CBU", body -> new CbuRatesParser().parse(body),
            "NBKR daily", body -> new NbkrRatesParser().parseDaily(body),
            "NBKR weekly", body -> new NbkrRatesParser().parseWeekly(body),
            "NBT", body -> new NbtRatesParser().parse(body, LocalDate.of(2026, 5, 18)));

    private static final Map<String, byte[]> BODIES = Map.of(
            "nothing", new byte[0],
            "white space", utf8(" \n\t "),
            "an HTML error page", bytes("error-page.html"),
            "a cut-off file", bytes("nbk-truncated.xml"),
            "cut-off JSON", bytes("cbu-truncated.json"),
            "binary noise", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, (byte) 0x80, (byte) 0xC0},
            "plain text", utf8("Service temporarily unavailable"),
            "an unknown encoding", utf8("<?xml version=\"1.0\" encoding=\"x-no-such\"?><rates/>"),
            "entity expansion", utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                    + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rates><date>&b;</date></rates>"));

    static Stream<Arguments> everyParserWithEveryBrokenBody() {
        List<Arguments> cases = new ArrayList<>();
        PARSERS.forEach((parser, parse) -> BODIES.forEach((body, bytes) ->
                cases.add(Arguments.of(parser, body, parse, bytes))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} given {1}")
    @MethodSource("everyParserWithEveryBrokenBody")
    void onlyFeedExceptionsWithPlainMessagesComeOut(String parser, String body, Parse parse, byte[] bytes) {
        FeedException e = assertThrows(FeedException.class, () -> parse.apply(bytes));
        String message = e.getMessage();
        assertTrue(message != null && !message.isBlank());
        assertFalse(message.contains("Exception"), message);
        assertTrue(message.startsWith("The ") || message.startsWith(parser.split(" ")[0]), message);
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE ValCurs [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<ValCurs Date=\"2026-05-18\"><Valute><CharCode>USD</CharCode><Nominal>1</Nominal>"
                + "<Value>&x;</Value></Valute></ValCurs>").getBytes(StandardCharsets.UTF_8);

        FeedException e = assertThrows(FeedException.class,
                () -> new NbtRatesParser().parse(xxe, LocalDate.of(2026, 5, 18)));

        assertFalse(e.getMessage().contains("TOP-SECRET-VALUE"));
        assertTrue(e.getMessage().contains("document type declaration"), e.getMessage());
    }
}
