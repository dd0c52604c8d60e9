package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TrackingParametersTest {

    @Test
    void clickIdsAndCampaignTagsGoEverythingElseStaysInItsOrder() {
        assertEquals("page=2&q=%D1%82%D0%B5%D0%BD%D0%B3%D0%B5", TrackingParameters.strip(
                "fbclid=IwAR3x&page=2&utm_source=telegram&UTM_Medium=social&q=%D1%82%D0%B5%D0%BD%D0%B3%D0%B5&gclid=Cj0&yclid=77"));
        assertEquals("slug=steppe", TrackingParameters.strip("slug=steppe&fbclid=IwAR3x"));
        assertEquals("p=123", TrackingParameters.strip("p=123&_ga=2.1&msclkid=abc"), "an old site's ?p= is the page's own");
    }

    @Test
    void nothingLeftIsNoQueryAtAll() {
        assertNull(TrackingParameters.strip("fbclid=IwAR3x"));
        assertNull(TrackingParameters.strip("utm_source=x&utm_campaign=y&"));
        assertNull(TrackingParameters.strip(null));
        assertNull(TrackingParameters.strip(""));
    }

    @Test
    void aNameWithoutValueIsJudgedByItsNameToo() {
        assertEquals("preview", TrackingParameters.strip("preview&fbclid"));
    }
}
