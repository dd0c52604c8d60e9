package org.newsroom.web.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class StorageTroubleTest {

    @Test
    void aClosedPostgresqlConnectionDeepInsideTheServersWrappersIsStorageTrouble() {
        SQLException closed = new SQLException("This connection has been closed.", "08003");
        Exception wrapped = new EJBException(new PersistenceException(DatabaseException.sqlException(closed)));
        assertTrue(StorageTrouble.isIn(wrapped));
    }

    @Test
    void postgresqlShuttingDownAndThePoolFailingToConnectAreStorageTrouble() {
        assertTrue(StorageTrouble.isIn(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(StorageTrouble.isIn(new SQLException("Error in allocating a connection. Cause: Connection could not be allocated")));
    }

    @Test
    void h2UnableToWriteItsFileIsStorageTrouble() {
        assertTrue(StorageTrouble.isIn(new PersistenceException(new SQLException("IO Exception: No space left on device", "90028"))));
        assertTrue(StorageTrouble.isIn(new SQLException("The database is read only", "90097")));
    }

    @Test
    void aBrokenRuleOrAConcurrentEditIsNot() {
        assertFalse(StorageTrouble.isIn(new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate slug", "23505"))));
        assertFalse(StorageTrouble.isIn(new OptimisticLockException(new SQLException("whatever", "08003"))));
        assertFalse(StorageTrouble.isIn(new IllegalStateException("a bug")));
    }
}
