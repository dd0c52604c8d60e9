package org.newsroom.news.refusal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Set;

/**
 * The limits of what the newsroom stores are Bean Validation constraints on its entities
 * ({@code @NotBlank}, {@code @Size(max = …)}), so each lives in one place; the EJBs check an entity
 * with this before it is written, and the first violation becomes the {@link Refusal} the page and
 * the API both show, naming the field.
 */
public final class Constraints {

    private Constraints() {
    }

    /** @throws Refusal invalid, naming the field, when the object breaks a constraint */
    public static <T> T check(Validator validator, T object) {
        Set<ConstraintViolation<T>> violations = validator.validate(object);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> field(violation))
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(first -> {
                    throw Refusal.invalid(field(first), first.getMessage());
                });
        return object;
    }

    /** "tags" for a violation at "tags[].&lt;iterable element&gt;": the field as forms and JSON name it. */
    static String field(ConstraintViolation<?> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }
}
