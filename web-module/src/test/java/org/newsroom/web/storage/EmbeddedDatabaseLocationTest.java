package org.newsroom.web.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseLocationTest {

    @Test
    void aDatabaseInsideTheDataDirectoryIsWhereItBelongs() {
        assertEquals(Optional.empty(), EmbeddedDatabaseLocation.mismatch("/srv/newsroom/db/newsroom", Path.of("/srv/newsroom")));
        assertEquals(Optional.empty(), EmbeddedDatabaseLocation.mismatch("/srv/newsroom/db/newsroom", Path.of("/srv/x/../newsroom/")));
    }

    @Test
    void theWildFlyDefaultOfOldIsRefusedNamingTheVariableAndBothPlaces() {
        // Issue 12: WildFly put H2 under standalone/data/newsroom while images went to ~/.newsroom/media.
        String why = EmbeddedDatabaseLocation.mismatch("/opt/wildfly/standalone/data/newsroom/db/newsroom",
                Path.of("/home/editor/.newsroom")).orElseThrow();
        assertTrue(why.contains("NEWSROOM_DATA_DIR"), why);
        assertTrue(why.contains("/opt/wildfly/standalone/data/newsroom/db/newsroom"), why);
        assertTrue(why.contains("/home/editor/.newsroom"), why);
    }

    @Test
    void anotherDatabaseNameInTheRightFolderIsStillAnotherDatabase() {
        assertTrue(EmbeddedDatabaseLocation.mismatch("/srv/newsroom/db/test", Path.of("/srv/newsroom")).isPresent());
    }
}
