package org.newsroom.news.importing;

import org.newsroom.news.refusal.Refusal;
import org.newsroom.news.refusal.Wording;

/** An import cannot start or change as asked; the message says why, and {@link #field()} which input is at fault. */
public class ImportRefused extends Refusal {

    private static final long serialVersionUID = 1L;

    /** What was given is not usable (no such file, not a time zone…). */
    public ImportRefused(String field, Wording message) {
        super(Reason.INVALID, field, message);
    }

    private ImportRefused(Reason reason, String field, Wording message) {
        super(reason, field, message);
    }

    /** Another import is under way, or this one is past what was asked. */
    static ImportRefused conflict(String field, Wording message) {
        return new ImportRefused(Reason.CONFLICT, field, message);
    }

    static ImportRefused notFound(String field, Wording message) {
        return new ImportRefused(Reason.NOT_FOUND, field, message);
    }

    static ImportRefused tooLarge(String field, Wording message) {
        return new ImportRefused(Reason.TOO_LARGE, field, message);
    }

    static ImportRefused notStored(String field, Wording message) {
        return new ImportRefused(Reason.NOT_STORED, field, message);
    }
}
