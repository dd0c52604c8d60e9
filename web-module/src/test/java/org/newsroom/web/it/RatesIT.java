package org.newsroom.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Exchange rates end to end: Payara Micro fetches from stand-in bank feeds (RateFeedFixtures) with
 * its real timers; readers see the ticker and the JSON API, editors work the rates desk's API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RatesIT extends AgainstTheServer {

    /** The day the application fetches for: the banks' (and the newsroom's) time zone. */
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Almaty"));
    private static final Duration START_UP_FETCH_PATIENCE = Duration.ofMinutes(3);

    @Test
    @Order(1)
    void theStartUpTimerFetchesTheBanksAndTheTickerAndApiShowTheirRates() throws Exception {
        JsonObject somoni = awaitRate("TJS", rate -> TODAY.toString().equals(rate.getString("effectiveDate")));
        assertEquals("0.10701", somoni.getString("display"));
        assertEquals("NBT", somoni.getString("source"));
        assertFalse(somoni.getBoolean("stale"));
        assertFalse(somoni.getBoolean("derived"));

        JsonObject tenge = latest("KZT");
        assertEquals(TODAY.toString(), tenge.getString("effectiveDate"));
        assertEquals("0.00209", tenge.getString("display"));
        assertEquals(0, tenge.getJsonNumber("quote").bigDecimalValue().compareTo(new java.math.BigDecimal("478.77")));

        assertEquals("0.58%", tenge.getString("change"),
                "against NBK's own previous figure (<change>-2.77</change>), not the sample stored before");

        String home = client().get("").body();
        assertTrue(home.contains("0.10701"), "the homepage ticker shows the fetched somoni");
    }

    @Test
    @Order(1)
    void whileTheCentralBankOfTurkmenistanIsUnreachableTheManatIsTheConfiguredPegAndSaysSo() throws Exception {
        awaitStartUpFetch();
        JsonObject manat = latest("TMT");
        assertEquals("CBT", manat.getString("source"));
        assertEquals("3.50", manat.getJsonNumber("quote").toString(), "the peg as configured, not 3.500000");
        assertTrue(manat.getString("provenance").startsWith("configured peg of the Central Bank of Turkmenistan: 3.50"),
                manat.getString("provenance"));
        String russianHome = client().get("ru/").body();
        assertTrue(russianHome.contains("установленная привязка Центрального банка Туркменистана: 3.50 TMT за 1 USD"),
                "the Russian ticker's tooltip says where the manat's figure came from in Russian");
        assertFalse(russianHome.contains("configured peg of the Central Bank"), "and not in English");
        JsonObject cbt = source(signedIn(), "CBT");
        assertTrue(cbt.getString("lastMessage").contains("CBT answered HTTP 503"), cbt.toString());
    }

    @Test
    @Order(2)
    void theApiAnswersConditionalRequestsAndSaysWhatIsWrongInJson() throws Exception {
        StaffClient reader = client();
        HttpResponse<String> first = reader.get("api/rates");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, reader.get("api/rates", "If-None-Match", etag).statusCode(), "unchanged rates are not sent again");

        JsonObject history = StaffClient.json(reader.get("api/rates/KZT?from=2026-03-01&to=2026-04-30"));
        assertEquals(2, history.getJsonArray("rates").size(), "the two seeded NBK quotes");

        assertError(reader.get("api/rates/XYZ"), 404);
        assertError(reader.get("api/rates/KZT?from=yesterday"), 400);
        assertError(reader.get("api/rates/KZT?from=2026-05-01&to=2026-04-01"), 400);
        assertError(reader.get("api/no-such-thing"), 404);
        assertFalse(reader.json("POST", "api/newsroom/rates/fetch", null).body().contains("\"sources\""),
                "readers cannot make the site fetch");
    }

    @Test
    @Order(3)
    void aFailingBankKeepsItsLastGoodRateMarksItStaleAndSaysWhyInPlainWords() throws Exception {
        awaitStartUpFetch();
        JsonObject som = latest("KGS");
        assertEquals("0.01144", som.getString("display"), "NBKR has answered 500 all along: the seeded rate stays");
        assertEquals("2026-05-24", som.getString("effectiveDate"));
        assertTrue(som.getBoolean("stale"));
        assertTrue(client().get("").body().contains("as of 24 May 2026"), "the ticker marks the som as stale");
        assertTrue(client().get("ru/").body().contains("на 24 мая 2026"), "and the Russian ticker in Russian");

        StaffClient editor = signedIn();
        assertTrue(source(editor, "NBKR").getString("lastError", "").contains("HTTP 500"),
                "the rates desk says what went wrong");

        RateFeedFixtures.get().failWith(RateFeedFixtures.NBT, 500);
        try {
            editor.json("POST", "api/newsroom/rates/fetch", null);
            assertEquals("0.10701", latest("TJS").getString("display"), "the last good somoni stays on the ticker");
            assertTrue(source(editor, "NBT").getString("lastError", "").contains("HTTP 500"));
        } finally {
            RateFeedFixtures.get().serve(RateFeedFixtures.NBT, "9.3450");
        }

        editor.json("POST", "api/newsroom/rates/fetch", null);
        JsonObject recovered = source(editor, "NBT");
        assertEquals("OK", recovered.getString("lastOutcome"));
        assertTrue(recovered.getString("lastError", "").contains("HTTP 500"), "the last error is kept: " + recovered);
        java.time.Instant failedAt = java.time.Instant.parse(recovered.getString("lastErrorAt"));
        assertTrue(failedAt.isBefore(java.time.Instant.parse(recovered.getString("lastSuccessAt"))),
                "with when it happened, so it reads as past: " + recovered);
    }

    @Test
    @Order(4)
    void anOutlierIsHeldUntilAnEditorConfirmsIt() throws Exception {
        awaitStartUpFetch();
        StaffClient editor = signedIn();
        RateFeedFixtures.get().serve(RateFeedFixtures.CBU, "15000.00");
        editor.json("POST", "api/newsroom/rates/fetch", null);

        assertEquals("0.0000820", latest("UZS").getString("display"), "a 23% jump does not reach the ticker by itself");
        JsonObject held = StaffClient.json(editor.json("GET", "api/newsroom/rates/held", null)).getJsonArray("held")
                .getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("currency").equals("UZS"))
                .findFirst().orElseThrow(() -> new AssertionError("the UZS outlier is held"));

        HttpResponse<String> confirmed = editor.json("POST", "api/newsroom/rates/held/" + held.getJsonNumber("id") + "/confirm",
                "{\"note\":\"Checked against the bank's website\"}");
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("0.0000667", latest("UZS").getString("display"), "confirmed, it is on the ticker");
    }

    @Test
    @Order(5)
    void aManualOverrideReachesTheTickerWithItsReasonInHistory() throws Exception {
        awaitStartUpFetch();
        StaffClient editor = signedIn();
        RateFeedFixtures.get().failWith(RateFeedFixtures.NBK, 503);
        String reason = "NBK site down; figure from the bank's press release";

        HttpResponse<String> refused = editor.json("POST", "api/newsroom/rates/manual",
                "{\"currency\":\"KZT\",\"effectiveDate\":\"" + TODAY + "\",\"quote\":480.00}");
        assertEquals(400, refused.statusCode(), "a manual rate needs a reason");
        assertTrue(StaffClient.json(refused).getString("error").contains("reason"));

        HttpResponse<String> entered = editor.json("POST", "api/newsroom/rates/manual",
                "{\"currency\":\"KZT\",\"effectiveDate\":\"" + TODAY + "\",\"quote\":480.00,\"reason\":\"" + reason + "\"}");
        assertEquals(201, entered.statusCode(), entered.body());

        assertEquals("0.00208", latest("KZT").getString("display"));
        JsonObject today = StaffClient.json(client().get("api/rates/KZT?from=" + TODAY + "&to=" + TODAY))
                .getJsonArray("rates").getJsonObject(0);
        assertEquals(reason, today.getString("overrideReason"));
        assertEquals("admin", today.getString("confirmedBy"));
        String log = editor.json("GET", "api/newsroom/admin/audit?action=RATE_ENTERED", null).body();
        assertTrue(log.contains("rate KZT") && log.contains(reason), "the override is in the audit log: " + log);
    }

    @Test
    @Order(6)
    void nbkrsAfternoonRateForTomorrowIsStoredInTheBanksDigitsAndWaitsForItsDay() throws Exception {
        awaitStartUpFetch();
        StaffClient editor = signedIn();
        LocalDate tomorrow = TODAY.plusDays(1);
        RateFeedFixtures.get().serve(RateFeedFixtures.NBKR, "87.4120");
        RateFeedFixtures.get().nbkrDatedDaysAhead(1);
        try {
            JsonObject report = StaffClient.json(editor.json("POST", "api/newsroom/rates/fetch", null));
            String nbkr = report.getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                    .filter(row -> row.getString("source").equals("NBKR")).findFirst().orElseThrow().getString("message");
            assertTrue(nbkr.startsWith("Stored: KGS") && nbkr.contains("it goes on the ticker on " + tomorrow), nbkr);

            JsonObject som = latest("KGS");
            assertEquals("2026-05-24", som.getString("effectiveDate"), "tomorrow's rate is not on today's ticker");
            JsonObject stored = StaffClient.json(client().get("api/rates/KGS?from=" + TODAY + "&to=" + tomorrow))
                    .getJsonArray("rates").getJsonObject(0);
            assertEquals(tomorrow.toString(), stored.getString("effectiveDate"));
            assertEquals("87.4120", stored.getJsonNumber("quote").toString(), "NBKR's 87,4120, not 87.412000");
        } finally {
            RateFeedFixtures.get().failWith(RateFeedFixtures.NBKR, 500);
            RateFeedFixtures.get().nbkrDatedDaysAhead(0);
        }
    }

    @Test
    @Order(7)
    void whenTheCentralBankOfTurkmenistanAnswersItsFileIsTheManatsSource() throws Exception {
        awaitStartUpFetch();
        StaffClient editor = signedIn();
        RateFeedFixtures.get().serve(RateFeedFixtures.CBT, "3.5");
        try {
            editor.json("POST", "api/newsroom/rates/fetch", null);
            JsonObject manat = latest("TMT");
            assertEquals(TODAY.toString(), manat.getString("effectiveDate"));
            assertEquals("CBT file of " + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + ": 3.5 TMT per 1 USD", manat.getString("provenance"));
            assertTrue(client().get("ru/rates").body().contains("title=\"файл CBT от "
                    + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ": 3.5 TMT за 1 USD\""),
                    "the Russian rates page names the bank's file in Russian");
            JsonObject cbt = source(editor, "CBT");
            assertEquals("OK", cbt.getString("lastOutcome"), cbt.toString());
            assertTrue(cbt.getString("lastMessage").contains("agrees with the configured peg 3.50"), cbt.toString());
        } finally {
            RateFeedFixtures.get().failWith(RateFeedFixtures.CBT, 503);
        }
    }

    @Test
    @Order(8)
    void fetchNowReadsTheBanksAtOnceSoFourHangingBanksCostOneTimeout() throws Exception {
        awaitStartUpFetch();
        StaffClient editor = signedIn();
        RateFeedFixtures banks = RateFeedFixtures.get();
        List<String> hanging = List.of(RateFeedFixtures.NBK, RateFeedFixtures.CBU, RateFeedFixtures.NBKR,
                RateFeedFixtures.NBT);
        var before = banks.answers();
        hanging.forEach(banks::hang);
        try {
            long start = System.nanoTime();
            JsonObject report = StaffClient.json(editor.json("POST", "api/newsroom/rates/fetch", null));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            System.out.println("RatesIT: fetch now with four hanging banks took " + took.toMillis() + " ms");

            // Read timeout 3 s, one try (the failsafe settings): one after another that is 12 s at least.
            assertTrue(took.compareTo(Duration.ofSeconds(7)) < 0, "fetch now took " + took.toMillis() + " ms");
            for (JsonObject source : report.getJsonArray("sources").getValuesAs(JsonObject.class)) {
                if (List.of("NBK", "CBU", "NBKR", "NBT").contains(source.getString("source"))) {
                    assertEquals("FAILED", source.getString("outcome"), source.toString());
                    assertTrue(source.getString("message").contains("within 3 s"), source.toString());
                }
            }
        } finally {
            banks.restore(before);
            // Each source's last message and error as before the hang, for the tests that read them.
            editor.json("POST", "api/newsroom/rates/fetch", null);
        }
    }

    private StaffClient client() throws Exception {
        return new StaffClient(base.toURI());
    }

    private StaffClient signedIn() throws Exception {
        StaffClient editor = client();
        assertTrue(editor.signIn("admin", NewsroomDeployment.ADMIN_PASSWORD).body().contains("Signed in as"));
        return editor;
    }

    private void awaitStartUpFetch() throws Exception {
        awaitRate("TJS", rate -> TODAY.toString().equals(rate.getString("effectiveDate")));
    }

    private JsonObject latest(String currency) throws Exception {
        return StaffClient.json(client().get("api/rates")).getJsonArray("rates").getValuesAs(JsonObject.class).stream()
                .filter(rate -> rate.getString("currency").equals(currency))
                .findFirst().orElseThrow(() -> new AssertionError(currency + " is not in /api/rates"));
    }

    private JsonObject awaitRate(String currency, Predicate<JsonObject> until) throws Exception {
        Instant deadline = Instant.now().plus(START_UP_FETCH_PATIENCE);
        JsonObject rate = latest(currency);
        while (!until.test(rate) && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            rate = latest(currency);
        }
        assertTrue(until.test(rate), () -> "the start-up fetch did not bring " + currency + " in time");
        return rate;
    }

    private static JsonObject source(StaffClient editor, String name) throws Exception {
        return StaffClient.json(editor.json("GET", "api/newsroom/rates/sources", null)).getJsonArray("sources")
                .getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("source").equals(name))
                .findFirst().orElseThrow();
    }


    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"), "errors are JSON");
        assertFalse(StaffClient.json(response).getString("error").isBlank());
    }
}
