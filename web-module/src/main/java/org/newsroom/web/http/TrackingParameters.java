package org.newsroom.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The query parameters social networks, messengers, ad and mail tools append to a shared link — a
 * different value on every click — and that no reader page reads. Readers' pages leave them out of the
 * page cache's key, their ETags and their canonical addresses, so a story shared on Facebook or Telegram
 * is rendered once, not once per click.
 *
 * <p>A list of known trackers rather than a list of the parameters each page reads: a parameter a page
 * does read (paging, search, and those older addresses carry, such as WordPress's {@code ?p=}) is then
 * never dropped by mistake, whichever feature adds it.
 */
public final class TrackingParameters {

    private static final Set<String> NAMES = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "gad_source", "yclid", "ysclid", "msclkid",
            "twclid", "ttclid", "li_fat_id", "igshid", "igsh", "epik", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc",
            "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "rb_clickid", "s_cid", "vero_id", "vero_conv", "wickedid", "srsltid", "_openstat", "from_telegram");
    private static final String CAMPAIGN_PREFIX = "utm_";

    private TrackingParameters() {
    }

    /** Whether a (still encoded) parameter name is a tracker's. */
    public static boolean isTracking(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return NAMES.contains(lower) || lower.startsWith(CAMPAIGN_PREFIX);
    }

    /**
     * The raw query string without trackers, the others in their order and encoding, or null when nothing
     * is left ({@code a=1&fbclid=X&page=2} → {@code a=1&page=2}; {@code fbclid=X} → null).
     */
    public static String strip(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (!isTracking(equals < 0 ? pair : pair.substring(0, equals))) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? null : String.join("&", kept);
    }
}
