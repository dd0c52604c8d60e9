package org.newsroom.web.storage;

import jakarta.persistence.OptimisticLockException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a failure of the storage underneath (the database gone or restarting, a pool that cannot
 * connect, a disk that refuses writes) from a fault of the request or the code: only the former is
 * worth retrying a read for, serving a reader the last good page for, or telling an editor "try again
 * in a moment". Plain Java: walks the cause chain, whatever the server wrapped it in.
 */
public final class StorageTrouble {

    /** What an editor is told when a save meets it; their text is not lost, only not stored. */
    public static final String NOT_SAVED = "Not saved: the database could not store it just now (it may be restarting, "
            + "or its disk may be full). Nothing of this save was stored; your text is still here. Save again in a moment.";

    private StorageTrouble() {
    }

    /** The storage failure in {@code failure}'s cause chain, if there is one. */
    public static Optional<Throwable> in(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = cause(t)) {
            if (t instanceof OptimisticLockException) {
                return Optional.empty();  // a concurrent edit, answered as such elsewhere
            }
            if (t instanceof ResourceException || t instanceof SQLException sql && unavailable(sql)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** EclipseLink keeps the JDBC exception as its "internal exception". */
    private static Throwable cause(Throwable t) {
        if (t instanceof org.eclipse.persistence.exceptions.EclipseLinkException eclipseLink
                && eclipseLink.getInternalException() != null) {
            return eclipseLink.getInternalException();
        }
        return t.getCause();
    }

    /**
     * A connection that is gone or refused (SQLState class 08, PostgreSQL's 57P0x "shutting down" and
     * "starting up", the JDBC connection exception types) or H2 unable to write its file (90028 I/O,
     * 90097 read-only, 90098 closed). A constraint or a syntax error is not storage trouble.
     */
    static boolean unavailable(SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return sql instanceof java.sql.SQLTransientConnectionException || sql instanceof java.sql.SQLNonTransientConnectionException
                || sql instanceof java.sql.SQLRecoverableException || state.startsWith("08") || state.startsWith("57P")
                || state.equals("90028") || state.equals("90097") || state.equals("90098")
                // GlassFish's pool, when it cannot open a connection, says so without an SQLState
                || String.valueOf(sql.getMessage()).contains("Error in allocating a connection");
    }

    public static boolean isIn(Throwable failure) {
        return in(failure).isPresent();
    }
}
