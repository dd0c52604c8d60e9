package org.newsroom.news.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Sign-in failures counted in the database's {@code LOGIN_FAILURE} table (V17_1), so every node of a cluster —
 * on Payara or WildFly alike — sees the same count: a guesser who alternates between nodes gets no extra tries,
 * and a restart of every node does not reset them. Each failure is one conditional UPDATE (start again at 1 when
 * the last failure is older than the throttle forgets, else add one), or an INSERT for a key's first; two nodes
 * inserting the same key at once lose nothing (the loser's UPDATE counts it). Statements run on their own
 * connection in auto-commit mode: a failure is counted even when the sign-in that caused it is refused.
 * Keys are stored as their SHA-256 (no username or address in clear, and a fixed width whatever is typed);
 * rows of quiet keys are deleted now and then. A sign-in costs two or three indexed statements.
 */
public final class DatabaseFailureStore implements FailureStore {

    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private final DataSource database;
    private final AtomicLong nextSweep = new AtomicLong();

    public DatabaseFailureStore(DataSource database) {
        this.database = database;
    }

    @Override
    public Failures current(String key, Instant forgottenBefore) {
        try (Connection connection = connection(); PreparedStatement read = connection.prepareStatement(
                "SELECT FAILURES, LAST_FAILURE FROM LOGIN_FAILURE WHERE THROTTLE_KEY = ? AND LAST_FAILURE > ?")) {
            read.setString(1, digest(key));
            read.setObject(2, utc(forgottenBefore));
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? new Failures(row.getInt(1), instant(row.getObject(2, LocalDateTime.class))) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the sign-in failures", e);
        }
    }

    @Override
    public void fail(String key, Instant now, Instant forgottenBefore) {
        String digest = digest(key);
        try (Connection connection = connection()) {
            if (countOneMore(connection, digest, now, forgottenBefore) == 0) {
                try (PreparedStatement first = connection.prepareStatement(
                        "INSERT INTO LOGIN_FAILURE (THROTTLE_KEY, FAILURES, LAST_FAILURE) VALUES (?, 1, ?)")) {
                    first.setString(1, digest);
                    first.setObject(2, utc(now));
                    first.executeUpdate();
                } catch (SQLException raced) {
                    // Another node inserted the key between our UPDATE and INSERT: count on its row.
                    if (countOneMore(connection, digest, now, forgottenBefore) == 0) {
                        throw raced;
                    }
                }
            }
            sweepNowAndThen(connection, now, forgottenBefore);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the sign-in failure", e);
        }
    }

    @Override
    public void forget(String key) {
        try (Connection connection = connection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM LOGIN_FAILURE WHERE THROTTLE_KEY = ?")) {
            forget.setString(1, digest(key));
            forget.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot forget the sign-in failures", e);
        }
    }

    @Override
    public int size(Instant forgottenBefore) {
        try (Connection connection = connection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM LOGIN_FAILURE WHERE LAST_FAILURE > ?")) {
            count.setObject(1, utc(forgottenBefore));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the sign-in failures", e);
        }
    }

    private static int countOneMore(Connection connection, String digest, Instant now, Instant forgottenBefore)
            throws SQLException {
        try (PreparedStatement more = connection.prepareStatement("UPDATE LOGIN_FAILURE SET"
                + " FAILURES = CASE WHEN LAST_FAILURE > ? AND FAILURES < 2147483647 THEN FAILURES + 1"
                + " WHEN LAST_FAILURE > ? THEN FAILURES ELSE 1 END, LAST_FAILURE = ? WHERE THROTTLE_KEY = ?")) {
            more.setObject(1, utc(forgottenBefore));
            more.setObject(2, utc(forgottenBefore));
            more.setObject(3, utc(now));
            more.setString(4, digest);
            return more.executeUpdate();
        }
    }

    /** Rows of keys quiet for longer than the throttle remembers, at most once a minute per node. */
    private void sweepNowAndThen(Connection connection, Instant now, Instant forgottenBefore) throws SQLException {
        long due = nextSweep.get();
        if (now.toEpochMilli() < due || !nextSweep.compareAndSet(due, now.toEpochMilli() + SWEEP_EVERY_MILLIS)) {
            return;
        }
        try (PreparedStatement sweep = connection.prepareStatement("DELETE FROM LOGIN_FAILURE WHERE LAST_FAILURE <= ?")) {
            sweep.setObject(1, utc(forgottenBefore));
            sweep.executeUpdate();
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = database.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }

    /** Stored as UTC wall time, whatever the zones of the nodes' JVMs. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

    static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
