package org.newsroom.web.storage;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import org.newsroom.news.media.MediaSettings;

/**
 * Turns "could not connect" into the one setting an operator has to fix. Servers wrap driver
 * errors in their own, so both the SQL state and the message text of every cause are consulted.
 */
public final class DatabaseFailure {

    public static final String URL_VARIABLE = "NEWSROOM_DB_URL";
    public static final String USER_VARIABLE = "NEWSROOM_DB_USER";
    public static final String PASSWORD_VARIABLE = "NEWSROOM_DB_PASSWORD";
    /** Where the embedded H2 keeps its files. */
    public static final String DATA_DIR_VARIABLE = MediaSettings.DATA_DIR_VARIABLE;
    /**
     * H2's own states for files it cannot create, open or lock: the data directory is a file, is
     * read-only, is full, or another process holds the database.
     */
    private static final Set<String> H2_FILE_STATES = Set.of("90020", "90028", "90030", "90031", "90048", "90062");

    private DatabaseFailure() {
    }

    /** The environment variable most likely at fault. */
    public static String variableAtFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String byState = cause instanceof SQLException sql ? bySqlState(sql.getSQLState()) : null;
            if (byState != null) {
                return byState;
            }
            String byText = byMessage(cause);
            if (byText != null) {
                return byText;
            }
        }
        return URL_VARIABLE;
    }

    /** A log line that says what failed, which variable to check and what the driver said. */
    public static String explain(Throwable failure) {
        return "Cannot use the newsroom database: check " + variableAtFault(failure)
                + " (database settings: " + URL_VARIABLE + ", " + USER_VARIABLE + ", " + PASSWORD_VARIABLE
                + "; the embedded H2 lives in " + DATA_DIR_VARIABLE + "/db). The database said: " + rootMessage(failure);
    }

    private static String bySqlState(String state) {
        if (state == null) {
            return null;
        }
        if (H2_FILE_STATES.contains(state)) {
            return DATA_DIR_VARIABLE;
        }
        return switch (state) {
            case "28P01" -> PASSWORD_VARIABLE;          // PostgreSQL: password authentication failed
            case "28000" -> USER_VARIABLE;              // invalid authorization: unknown role
            case "3D000" -> URL_VARIABLE;               // the database named in the URL does not exist
            default -> state.startsWith("08") ? URL_VARIABLE : null;  // connection exceptions
        };
    }

    private static String byMessage(Throwable cause) {
        String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("password")) {
            return PASSWORD_VARIABLE;
        }
        if (text.contains("role") && text.contains("does not exist")) {
            return USER_VARIABLE;
        }
        if (cause instanceof java.net.UnknownHostException || cause instanceof java.net.ConnectException
                || text.contains("connection refused") || text.contains("unknown host")
                || text.contains("no suitable driver") || text.contains("timed out")) {
            return URL_VARIABLE;
        }
        return null;
    }

    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
