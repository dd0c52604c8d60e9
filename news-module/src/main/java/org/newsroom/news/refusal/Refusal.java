package org.newsroom.news.refusal;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/**
 * Something the newsroom will not do as asked, with a sentence meant for the person who asked.
 * Every refusal of the news module is one of these: the EJB container hands it to the caller as it is
 * (not wrapped) and rolls the transaction back, so nothing of a refused request is stored. The web
 * module shows it once for Faces and maps it once to HTTP, by its {@link Reason}.
 */
@ApplicationException(rollback = true, inherited = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, in the terms an HTTP client or a form needs. */
    public enum Reason {
        /** What was sent is not acceptable (too long, blank, in the past…); {@link #field()} says where. */
        INVALID,
        /** The caller's role or the article's state does not allow it. */
        NOT_ALLOWED,
        /** There is no such thing, or none the caller may see. */
        NOT_FOUND,
        /** Somebody else changed it first, or something already under way stands in the way. */
        CONFLICT,
        /** More than the newsroom takes (an upload over its limit). */
        TOO_LARGE,
        /** The server could not store it (its disk, its database); the request itself was fine. */
        NOT_STORED
    }

    private final Reason reason;
    private final String field;

    public Refusal(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    /** An invalid request, the fault not tied to one field. */
    public static Refusal invalid(String message) {
        return new Refusal(Reason.INVALID, null, message);
    }

    /** An invalid value of one field (as the form and the JSON name it: "title", "tags", …). */
    public static Refusal invalid(String field, String message) {
        return new Refusal(Reason.INVALID, field, message);
    }

    public Reason reason() {
        return reason;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
