package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicOriginTest {

    @Test
    void aConfiguredAddressIsCheckedAndNamesTheVariableWhenWrong() {
        PublicOrigin origin = PublicOrigin.fromEnvironment(Map.of(PublicOrigin.URL_VARIABLE, "HTTPS://News.Example.KZ:443/"));
        assertTrue(origin.fixed());
        assertTrue(origin.https());
        assertEquals("https://news.example.kz", origin.fixedOrigin());
        assertEquals("", origin.fixedPath());
        assertEquals("/ru", PublicOrigin.fromEnvironment(Map.of(PublicOrigin.URL_VARIABLE, "http://x.kz/ru/")).fixedPath());
        for (String wrong : new String[] {"news.example.kz", "ftp://x.kz", "https://x.kz/?a=1", "https://user@x.kz", "http://"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> PublicOrigin.fromEnvironment(Map.of(PublicOrigin.URL_VARIABLE, wrong)), wrong);
            assertTrue(refused.getMessage().startsWith(PublicOrigin.URL_VARIABLE), refused.getMessage());
        }
    }

    @Test
    void unsetTheAddressComesFromEachRequest() {
        PublicOrigin origin = PublicOrigin.fromEnvironment(Map.of());
        assertFalse(origin.fixed());
        assertFalse(origin.https());
    }
}
