package org.newsroom.web.backup;

import jakarta.ejb.ApplicationException;

/** A backup that could not be taken; the message says why, for the admin. */
@ApplicationException(rollback = true)
public class BackupFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
