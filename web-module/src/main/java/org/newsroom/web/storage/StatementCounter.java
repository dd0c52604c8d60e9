package org.newsroom.web.storage;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.newsroom.news.settings.Settings;

/**
 * Counts the SQL statements a request makes, when NEWSROOM_SQL_COUNT=on (tests and performance
 * work): the count goes out as the X-SQL-Statements header, so "no N+1 queries" can be checked from
 * outside. Off by default; then nothing is registered and nothing is counted.
 */
public class StatementCounter extends SessionEventAdapter {

    public static final String VARIABLE = "NEWSROOM_SQL_COUNT";
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    public static boolean enabled() {
        return Configured.ON;
    }

    /** Read once, on first use (the start-up check makes that the start): a bad value fails the start. */
    private static final class Configured {
        static final boolean ON = enabled(Settings.fromConfig());
    }

    public static boolean enabled(Settings settings) {
        return settings.onOff(VARIABLE, false);
    }

    /** Whether the current thread is already counting (a forwarded request inside a counted one). */
    public static boolean counting() {
        return COUNT.get() != null;
    }

    /** Starts counting for the current thread (one request). */
    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements counted since {@link #start()}, and stops counting. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
