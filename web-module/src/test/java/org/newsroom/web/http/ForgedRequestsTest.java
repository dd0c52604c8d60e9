package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForgedRequestsTest {

    private static final String OWN = "http://127.0.0.1:8080";

    private static Optional<String> post(String fetchSite, String origin, String apiHeader, boolean api) {
        return ForgedRequests.refusal("POST", fetchSite, origin, apiHeader, api, OWN, null);
    }

    @Test
    void aNoCorsFetchOrBeaconFromAnotherPortOfTheSameHostIsRefused() {
        // What Chromium sends for fetch(…, {mode:'no-cors', credentials:'include'}) from http://127.0.0.1:9999
        assertTrue(post("same-site", "http://127.0.0.1:9999", null, true).isPresent());
        // A page elsewhere that somehow passes Sec-Fetch-Site (an old browser) still shows its Origin.
        assertTrue(post(null, "http://127.0.0.1:9999", null, true).isPresent());
        assertTrue(post("cross-site", "https://evil.example", null, false).isPresent(), "a page form from elsewhere");
        assertTrue(post(null, "null", null, false).isPresent(), "a sandboxed or file: page");
    }

    @Test
    void theApiWantsItsHeaderEvenFromTheSameOrigin() {
        assertTrue(post("same-origin", OWN, null, true).isPresent(), "a beacon from our own origin cannot add headers");
        assertEquals(Optional.empty(), post("same-origin", OWN, "XMLHttpRequest", true));
    }

    @Test
    void newsroomPagesAndToolsWithoutABrowserGoAhead() {
        assertEquals(Optional.empty(), post("same-origin", OWN, null, false), "a Faces form of our own");
        assertEquals(Optional.empty(), post(null, null, "XMLHttpRequest", true), "curl or a script with the header");
        assertEquals(Optional.empty(), ForgedRequests.refusal("GET", "cross-site", "https://evil.example", null, true, OWN,
                null), "reading is never refused here: a link from elsewhere still opens the newsroom");
        assertEquals(Optional.empty(), ForgedRequests.refusal("POST", "same-origin", "https://news.example.kz", "x", true,
                "http://10.0.0.5:8080", "https://news.example.kz"), "behind a front end, the public origin is ours");
    }
}
