package org.newsroom.rates.rate;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence the rates module says to staff, as a key of its bundle ({@code org/newsroom/rates/refusals_en}
 * / {@code _ru}) and arguments: English for the exception's message (logs, audit, API), the staff member's
 * language on the desk page. Plain {@link MessageFormat} (the module has no ICU; its sentences need no plural
 * forms): a single quote in a pattern is written twice.
 */
public final class RateWording implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BUNDLE = "org.newsroom.rates.refusals";

    private final String key;
    private final Serializable[] arguments;
    /** Words that are not ours to translate (another library's message): shown as they are. */
    private final String literal;

    private RateWording(String key, Serializable[] arguments, String literal) {
        this.key = key;
        this.arguments = arguments;
        this.literal = literal;
    }

    public static RateWording asIs(String text) {
        return new RateWording(null, new Serializable[0], text);
    }

    /** The words of an exception from a rate: ours ({@link Worded}) translated, another's as they are. */
    public static RateWording of(RuntimeException failure) {
        return failure instanceof Worded worded ? worded.wording() : asIs(failure.getMessage());
    }

    /** An exception that says what went wrong as a {@link RateWording}. */
    public interface Worded {
        RateWording wording();
    }

    public static RateWording of(String key, Serializable... arguments) {
        RateWording wording = new RateWording(Objects.requireNonNull(key, "key"), arguments.clone(), null);
        wording.english(); // a missing key fails where it is thrown
        return wording;
    }

    public String key() {
        return key;
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** In {@code locale}'s language where the bundle has it (Russian), else English. */
    public String in(Locale locale) {
        if (key == null) {
            return literal;
        }
        Locale language = locale != null && "ru".equals(locale.getLanguage()) ? new Locale("ru") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, RateWording.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // a part worded itself ("rejected" / "отклонён") is said in the same language
            said[i] = arguments[i] instanceof RateWording part ? part.in(language) : arguments[i];
        }
        return new MessageFormat(bundle.getString(key), language).format(said);
    }

    @Override
    public String toString() {
        return key == null ? literal : key + Arrays.toString(arguments);
    }
}
