package org.newsroom.web.storage;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns "could not connect" into the one setting an operator has to fix. Servers wrap driver
 * errors in their own, so both the SQL state and the message text of every cause are consulted.
 */
public final class DatabaseFailure {

    public static final String URL_VARIABLE = "NEWSROOM_DB_URL";
    public static final String USER_VARIABLE = "NEWSROOM_DB_USER";
    public static final String PASSWORD_VARIABLE = "NEWSROOM_DB_PASSWORD";

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
                + "). The database said: " + rootMessage(failure);
    }

    private static String bySqlState(String state) {
        if (state == null) {
            return null;
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

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
