package org.newsroom.news.article;

/**
 * The language a new article is taken to be in until its editor says otherwise: the one its headline's
 * letters are written in. Cyrillic is Russian, unless a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) says
 * Kazakh; otherwise English, the outlet's first edition.
 */
public final class HeadlineLanguage {

    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private HeadlineLanguage() {
    }

    public static String of(String headline) {
        if (headline == null) {
            return "en";
        }
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < headline.length(); i++) {
            char letter = headline.charAt(i);
            if (KAZAKH_LETTERS.indexOf(letter) >= 0) {
                return "kk";
            }
            Character.UnicodeScript script = Character.isLetter(letter) ? Character.UnicodeScript.of(letter) : null;
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return cyrillic > latin ? "ru" : "en";
    }
}
