package org.newsroom.news.refusal;

/**
 * An entity's "not like this" (a publication time in the past, a caption too long) in words staff can be
 * shown in their language: still an {@link IllegalArgumentException} for the entity's callers, and the use
 * case that catches it turns it into its {@link Refusal} with the same {@link Wording}.
 */
public class InvalidValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Wording wording;

    public InvalidValue(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    public Wording wording() {
        return wording;
    }

    /** The words of any {@link IllegalArgumentException}: ours translated, another's as they are. */
    public static Wording wordingOf(IllegalArgumentException invalid) {
        return invalid instanceof InvalidValue ours ? ours.wording() : Wording.asIs(invalid.getMessage());
    }
}
