package org.newsroom.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void primeFacesNonceIsKeptInTheCompletePolicy() {
        String primeFaces = "script-src 'self' 'nonce-YWJjZGVm+/=';";
        String nonce = ContentSecurityPolicy.nonceIn(primeFaces).orElseThrow();
        assertEquals("YWJjZGVm+/=", nonce);
        String staff = ContentSecurityPolicy.forPage(true, nonce);
        assertTrue(staff.contains("script-src 'self' 'nonce-YWJjZGVm+/='"), staff);
        assertTrue(staff.contains("object-src 'none'"), staff);
        assertTrue(staff.contains("frame-ancestors 'self'"), staff);
    }

    @Test
    void readersPagesAllowNoInlineScriptOrStyle() {
        String reader = ContentSecurityPolicy.forPage(false, null);
        assertTrue(reader.contains("script-src 'self';"), reader);
        assertTrue(reader.endsWith("style-src 'self'"), reader);
        assertFalse(reader.contains("unsafe"), reader);
        assertEquals(Optional.empty(), ContentSecurityPolicy.nonceIn(reader));
    }
}
