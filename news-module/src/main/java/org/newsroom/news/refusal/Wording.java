package org.newsroom.news.refusal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence for staff as a bundle key and its arguments, so it can be said in each interface language:
 * in English for {@link Throwable#getMessage()} (logs, the audit trail, the REST API) and in the staff
 * member's language on a page ({@link Refusal#messageIn}). The sentences live in the bundle of the module
 * that refuses ({@code org/newsroom/news/refusals_en.properties} / {@code _ru}), as ICU MessageFormat
 * patterns so Russian counts take their plural forms. Arguments are names, ids as text, counts as
 * numbers, and parts worded themselves (a size, "14.2 MB" / "14,2 МБ"), said in the same language.
 */
public final class Wording implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The news module's refusals. */
    public static final String NEWS = "org.newsroom.news.refusals";

    private final String bundle;
    private final String key;
    private final Serializable[] arguments;
    /** A text that came from elsewhere as it is (an operating system's error); said the same in every language. */
    private final String literal;

    private Wording(String bundle, String key, Serializable[] arguments, String literal) {
        this.bundle = bundle;
        this.key = key;
        this.arguments = arguments;
        this.literal = literal;
    }

    /** The news module's sentence {@code key} with its arguments ({0}, {1}…). */
    public static Wording refusal(String key, Serializable... arguments) {
        return in(NEWS, key, arguments);
    }

    /** A sentence of another bundle of the news module (its Bean Validation messages). */
    static Wording in(String bundle, String key, Serializable... arguments) {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(key, "key");
        Wording wording = new Wording(bundle, key, arguments.clone(), null);
        wording.english(); // a missing key or a broken pattern fails where it is thrown, in the tests, not on a page
        return wording;
    }

    /** Words that were not ours to translate (another library's message): shown as they are. */
    public static Wording asIs(String text) {
        return new Wording(null, null, new Serializable[0], text);
    }

    /**
     * A sentence worded elsewhere (another module's bundle, Bean Validation's messages), already said in
     * English and in Russian.
     */
    public static Wording translated(String english, String russian) {
        return new Wording(null, null, new Serializable[] {russian}, english);
    }

    /** The sentence as the English interface says it. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The sentence in {@code locale}'s language where the bundle has it, else in English. */
    public String in(Locale locale) {
        if (key == null) {
            boolean russian = arguments.length == 1 && locale != null && "ru".equals(locale.getLanguage());
            return russian ? (String) arguments[0] : literal;
        }
        Locale language = locale != null && "ru".equals(locale.getLanguage()) ? new Locale("ru") : Locale.ENGLISH;
        String pattern = bundle(bundle, language).getString(key);
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a part of the sentence that is itself worded ("14.2 MB" / "14,2 МБ") is said in the same language
            said[i] = arguments[i] instanceof Wording part ? part.in(language) : arguments[i];
        }
        return new MessageFormat(pattern, ULocale.forLocale(language)).format(said);
    }

    /** The bundle key, or null for words taken as they are. */
    public String key() {
        return key;
    }

    static ResourceBundle bundle(String baseName, Locale language) {
        return ResourceBundle.getBundle(baseName, language, Wording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public String toString() {
        return key == null ? literal : key + Arrays.toString(arguments);
    }
}
