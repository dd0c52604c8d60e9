package org.newsroom.news.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsroom.news.testing.HandMovedClock;

/**
 * Two nodes, each with its own throttles and its own store object, over one database (H2, the table created
 * by the application's own V17_1 migration): a guesser alternating between them is counted once per attempt.
 */
class DatabaseFailureStoreTest {

    private static final Path MIGRATION = Path.of("../web-module/src/main/resources/db/migration/V17_1__login_failures.sql");

    private final HandMovedClock clock = new HandMovedClock();
    private JdbcDataSource database;
    private LoginThrottle nodeA;
    private LoginThrottle nodeB;
    private final String aigerim = LoginThrottle.forUsername("Aigerim");

    @BeforeEach
    void oneDatabaseTwoNodes() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            for (String statement : Files.readString(MIGRATION).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    sql.execute(statement);
                }
            }
        }
        nodeA = new LoginThrottle(clock, new DatabaseFailureStore(database), LoginThrottle.FREE_FAILURES);
        nodeB = new LoginThrottle(clock, new DatabaseFailureStore(database), LoginThrottle.FREE_FAILURES);
    }

    @Test
    void failuresOnAlternatingNodesCountTogether() {
        for (int attempt = 0; attempt < 6; attempt++) {
            (attempt % 2 == 0 ? nodeA : nodeB).failed(aigerim);
        }
        // Six failures in all (three per node): on its own each node would still let three more through free.
        assertEquals(Duration.ofSeconds(2), nodeA.waitRequired(aigerim));
        assertEquals(Duration.ofSeconds(2), nodeB.waitRequired(aigerim));
        assertEquals(6, nodeB.consecutiveFailures(aigerim));
    }

    @Test
    void perNodeMemoryAsBeforeLetsAnAlternatingGuesserThroughTwiceAsOften() {
        LoginThrottle memoryA = new LoginThrottle(clock);
        LoginThrottle memoryB = new LoginThrottle(clock);
        for (int attempt = 0; attempt < 8; attempt++) {
            (attempt % 2 == 0 ? memoryA : memoryB).failed(aigerim);
        }
        assertEquals(Duration.ZERO, memoryA.waitRequired(aigerim), "what the shared store fixes: 8 failures, no wait");
    }

    @Test
    void aSuccessOnOneNodeForgetsTheKeyOnEveryNode() {
        for (int attempt = 0; attempt < 7; attempt++) {
            nodeA.failed(aigerim);
        }
        assertFalse(nodeB.waitRequired(aigerim).isZero());
        nodeB.succeeded(aigerim);
        assertEquals(Duration.ZERO, nodeA.waitRequired(aigerim));
        assertEquals(0, nodeA.consecutiveFailures(aigerim));
    }

    @Test
    void anHourWithoutFailuresForgetsAndTheCountStartsAgain() {
        for (int attempt = 0; attempt < 9; attempt++) {
            nodeA.failed(aigerim);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
        assertEquals(Duration.ZERO, nodeB.waitRequired(aigerim));
        nodeB.failed(aigerim);
        assertEquals(1, nodeA.consecutiveFailures(aigerim));
        assertEquals(1, nodeA.trackedKeys());
    }

    @Test
    void theWaitDoublesAndCountsFromTheLastFailureAsInMemory() {
        for (int attempt = 0; attempt < 8; attempt++) {
            nodeA.failed(aigerim);
        }
        assertEquals(Duration.ofSeconds(8), nodeB.waitRequired(aigerim));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(5), nodeA.waitRequired(aigerim));
    }

    @Test
    void concurrentFailuresOnBothNodesAreEachCountedOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int attempt = 0; attempt < 200; attempt++) {
                LoginThrottle node = attempt % 2 == 0 ? nodeA : nodeB;
                attempts.add(pool.submit(() -> node.failed(LoginThrottle.forAddress("203.0.113.7"))));
            }
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, nodeA.consecutiveFailures(LoginThrottle.forAddress("203.0.113.7")));
    }

    @Test
    void keysAreStoredAsDigestsNotInClear() throws Exception {
        nodeA.failed(LoginThrottle.forUsername("Гүлнұр"));
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT THROTTLE_KEY FROM LOGIN_FAILURE")) {
            assertTrue(row.next());
            assertEquals(DatabaseFailureStore.digest("user:гүлнұр"), row.getString(1));
            assertFalse(row.getString(1).contains("гүлнұр"));
        }
    }
}
