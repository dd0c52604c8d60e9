package org.newsroom.news.slug;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Readable, ASCII-only URL parts from titles in English, Russian and the Central Asian languages.
 *
 * <p>Transliteration is ICU's, not a hand-made table. Russian letters follow BGN/PCGN, the
 * romanisation English-language media use for names ("Токаев" → "tokayev", "Ермек" → "yermek"),
 * which ICU's generic Any-Latin does not (it gives "tokaev"). The letters Kazakh, Kyrgyz, Tajik and
 * Uzbek add to Cyrillic get the values of their own Latin orthographies (Қ → q, Ғ → gh, Ң → ng,
 * Ҷ → j, Ў → o, …) because Any-Latin leaves Ҳ and Ҷ untouched and renders Қ as "kˌ", which would
 * split words. Other scripts fall through to Any-Latin. Hard and soft signs and apostrophes
 * vanish rather than split a word ("объявил" → "obyavil", "Tokayev’s" → "tokayevs").
 */
public final class Slugs {

    static final int MAX_LENGTH = 120;
    static final String FALLBACK = "article";

    private static final String RULES = String.join("\n",
            ":: Any-Lower ;",
            // Kazakh (and Kyrgyz ң ө ү)
            "ә > a ; ғ > gh ; қ > q ; ң > ng ; ө > o ; ұ > u ; ү > u ; һ > h ; і > i ;",
            // Tajik (ғ қ as above)
            "ӣ > i ; ӯ > u ; ҳ > h ; ҷ > j ;",
            // Uzbek: ў is the o' of Latin Uzbek (Ўзбекистон → ozbekiston), not Belarusian ŭ
            "ў > o ;",
            ":: Russian-Latin/BGN ;",
            ":: Any-Latin ;",
            // BGN's ʹ ʺ for ь ъ, and apostrophes: inside a word they must not become a hyphen
            "[\\u02B9\\u02BA\\u02BC\\u2018\\u2019\\u0027] > ;",
            ":: Latin-ASCII ;",
            // combining marks that Latin-ASCII leaves behind (e.g. from the lower-cased Turkish İ)
            ":: NFD ; :: [:Nonspacing Mark:] Remove ; :: NFC ;");

    /**
     * Built once. ICU documents transliterators as stateless, so threads may share one without
     * synchronising (rule-based ones guard their own data internally); the EJBs calling this
     * concurrently therefore need no ThreadLocal.
     */
    private static final Transliterator TO_ASCII =
            Transliterator.createFromRules("Newsroom-Slug", RULES, Transliterator.FORWARD);
    private static final Pattern NOT_SLUG_CHARACTERS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens, at most {@value #MAX_LENGTH}
     * characters cut at a word boundary; {@value #FALLBACK} when the title has nothing usable
     * (null, punctuation or emoji only).
     */
    public static String fromTitle(String title) {
        if (title == null || title.isBlank()) {
            return FALLBACK;
        }
        String ascii = TO_ASCII.transliterate(title).toLowerCase(Locale.ROOT);
        String slug = NOT_SLUG_CHARACTERS.matcher(ascii).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
        slug = cutAtWordBoundary(slug);
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** A single word longer than the limit is cut hard; otherwise no word is cut in half. */
    private static String cutAtWordBoundary(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        if (slug.charAt(MAX_LENGTH) == '-') {
            return slug.substring(0, MAX_LENGTH);
        }
        int lastHyphen = slug.lastIndexOf('-', MAX_LENGTH);
        return lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, MAX_LENGTH);
    }
}
