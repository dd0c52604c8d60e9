package org.newsroom.news.refusal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits of what the newsroom stores are Bean Validation constraints on its entities
 * ({@code @NotBlank}, {@code @Size(max = …)}), so each lives in one place; the EJBs check an entity
 * with this before it is written, and the first violation becomes the {@link Refusal} the page and
 * the API both show, naming the field.
 * <p>
 * The constraints' messages are keys of the news module's {@code ValidationMessages} bundle
 * ({@code {org.newsroom.news.article.title.size}}); the refusal carries the sentence in English and in
 * Russian, filled in here from that bundle and the constraint's attributes ({max}), so the words are the
 * same on every server whichever bundles its validator finds, and a Russian page shows the Russian.
 */
public final class Constraints {

    static final String BUNDLE = "ValidationMessages";
    private static final Pattern TERM = Pattern.compile("\\{([^{}]+)}");
    private static final Locale RUSSIAN = new Locale("ru");

    private Constraints() {
    }

    /** @throws Refusal invalid, naming the field, when the object breaks a constraint */
    public static <T> T check(Validator validator, T object) {
        Set<ConstraintViolation<T>> violations = validator.validate(object);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> field(violation))
                        .thenComparing(violation -> said(violation, Locale.ENGLISH)))
                .ifPresent(first -> {
                    throw Refusal.invalid(field(first), wordingOf(first));
                });
        return object;
    }

    /** The violation's sentence in English and Russian. */
    static Wording wordingOf(ConstraintViolation<?> violation) {
        return Wording.translated(said(violation, Locale.ENGLISH), said(violation, RUSSIAN));
    }

    /**
     * The violation's message template in {@code language}: {key} from this module's bundle, then {attribute}
     * from the constraint. A template that is no key of ours is the validator's own message, as it is.
     */
    static String said(ConstraintViolation<?> violation, Locale language) {
        String template = violation.getMessageTemplate();
        Matcher key = TERM.matcher(template == null ? "" : template);
        if (!key.matches() || !key.group(1).startsWith("org.newsroom.")) {
            return violation.getMessage();
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, "ru".equals(language.getLanguage()) ? RUSSIAN : Locale.ROOT,
                    Constraints.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                            ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key.group(1));
        } catch (MissingResourceException missing) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Matcher terms = TERM.matcher(pattern);
        StringBuilder said = new StringBuilder();
        while (terms.find()) {
            Object value = attributes.get(terms.group(1));
            terms.appendReplacement(said, Matcher.quoteReplacement(value == null ? terms.group() : String.valueOf(value)));
        }
        return terms.appendTail(said).toString();
    }

    /** "tags" for a violation at "tags[].&lt;iterable element&gt;": the field as forms and JSON name it. */
    static String field(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }
}
