package org.newsroom.news.refusal;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import java.util.Optional;

/**
 * Something the newsroom will not do as asked, with a sentence meant for the person who asked: a
 * {@link Wording} (a bundle key and its arguments), so a page says it in the staff member's language
 * ({@link #messageIn}) while {@link #getMessage()} stays English for logs, the audit trail and the API.
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
    private final Wording wording;

    public Refusal(Reason reason, String field, Wording wording) {
        super(wording.english());
        this.reason = reason;
        this.field = field;
        this.wording = wording;
    }

    /** A refusal in words that are not the newsroom's to translate (another library's); said as they are. */
    public Refusal(Reason reason, String field, String message) {
        this(reason, field, Wording.asIs(message));
    }

    /** An invalid request, the fault not tied to one field. */
    public static Refusal invalid(Wording wording) {
        return new Refusal(Reason.INVALID, null, wording);
    }

    /** An invalid value of one field (as the form and the JSON name it: "title", "tags", …). */
    public static Refusal invalid(String field, Wording wording) {
        return new Refusal(Reason.INVALID, field, wording);
    }

    /** Words as they are, untranslated (prefer a {@link Wording}). */
    public static Refusal invalid(String message) {
        return invalid(Wording.asIs(message));
    }

    /** Words as they are, untranslated (prefer a {@link Wording}). */
    public static Refusal invalid(String field, String message) {
        return invalid(field, Wording.asIs(message));
    }

    /** The sentence in {@code locale}'s language (English where the bundle has no such language). */
    public String messageIn(Locale locale) {
        return wording.in(locale);
    }

    public Wording wording() {
        return wording;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
