package org.newsroom.web.backup;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import org.newsroom.news.edition.Edition;
import org.newsroom.web.editions.EditionTexts;
import org.newsroom.web.faces.StaffTexts;

/**
 * A backup that could not be taken. It says why by a bundle key ({@code admin.backup.*}) and its
 * arguments, so the admin page reads it in the admin's language ({@link #explanation()}); the
 * exception's own message, for the server log, is the English text.
 */
@ApplicationException(rollback = true)
public class BackupFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String[] arguments;

    public BackupFailed(Throwable cause, String key, String... arguments) {
        super(EditionTexts.of(Edition.EN).format(key, (Object[]) arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Why, in the staff member's interface language. */
    public String explanation() {
        return StaffTexts.text(key, (Object[]) Arrays.copyOf(arguments, arguments.length));
    }
}
