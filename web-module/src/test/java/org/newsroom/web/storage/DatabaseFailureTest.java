package org.newsroom.web.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailureTest {

    /** How Payara reports a pool failure: its own SQLException, the driver's deep inside. */
    private static Exception wrappedByPool(Throwable driverError) {
        return new RuntimeException("Exception [EclipseLink-4002]",
                new SQLException("Error in allocating a connection. Cause: Connection could not be allocated",
                        new IllegalStateException("PoolingException", driverError)));
    }

    @Test
    void wrongPasswordNamesThePasswordVariable() {
        Exception failure = wrappedByPool(new SQLException("FATAL: password authentication failed for user \"newsroom\"", "28P01"));
        assertEquals("NEWSROOM_DB_PASSWORD", DatabaseFailure.variableAtFault(failure));
        assertTrue(DatabaseFailure.explain(failure).contains("check NEWSROOM_DB_PASSWORD"));
        assertTrue(DatabaseFailure.explain(failure).contains("password authentication failed"), "the driver's words are kept");
    }

    @Test
    void unknownRoleNamesTheUserVariable() {
        assertEquals("NEWSROOM_DB_USER",
                DatabaseFailure.variableAtFault(new SQLException("FATAL: role \"nobody\" does not exist", "28000")));
    }

    @Test
    void missingDatabaseUnknownHostAndRefusedConnectionNameTheUrl() {
        assertEquals("NEWSROOM_DB_URL", DatabaseFailure.variableAtFault(
                new SQLException("FATAL: database \"newsrom\" does not exist", "3D000")));
        assertEquals("NEWSROOM_DB_URL", DatabaseFailure.variableAtFault(
                wrappedByPool(new UnknownHostException("db.example.invalid"))));
        assertEquals("NEWSROOM_DB_URL", DatabaseFailure.variableAtFault(
                new SQLException("Connection to 127.0.0.1:1 refused.", "08001", new ConnectException("Connection refused"))));
    }

    @Test
    void anythingElseStillPointsAtTheUrl() {
        assertEquals("NEWSROOM_DB_URL", DatabaseFailure.variableAtFault(new IllegalStateException("odd")));
    }

    @Test
    void anEmbeddedDatabaseThatCannotBeCreatedNamesTheDataDirectory() {
        // What H2 2.2 answers when NEWSROOM_DATA_DIR is a file, not a folder.
        Exception failure = wrappedByPool(new SQLException(
                "IO Exception: \"java.nio.file.NotDirectoryException: /srv/newsroom/db\"", "90031"));
        assertEquals("NEWSROOM_DATA_DIR", DatabaseFailure.variableAtFault(failure));
        assertTrue(DatabaseFailure.explain(failure).contains("check NEWSROOM_DATA_DIR"));
    }
}
