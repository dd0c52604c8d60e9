package org.newsroom.news.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.news.settings.Settings;

/** A node's search index on a real disk folder (Lucene's FSDirectory), closed and opened again as a restart does. */
class IndexCatchUpTest {

    @TempDir
    Path searchFolder;

    private final ArticleTable database = new ArticleTable("2026-12-01 10:00:00.123456");

    @BeforeEach
    void articles() {
        for (long id = 1; id <= 1200; id++) {
            database.publish(id, "Story " + id, "Body of story " + id + (id % 100 == 0 ? " tungsten" : ""));
        }
    }

    private SearchLocation.Opened start() {
        return SearchLocation.openFreeSlot(searchFolder);
    }

    @Test
    void aNewNodeIndexesEveryPublishedArticleNewestFirstAndRecordsThatItIsComplete() {
        try (ArticleSearchIndex index = start().index()) {
            assertFalse(IndexState.from(index.commitData()).complete());
            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, database).run();
            assertEquals(new IndexCatchUp.Outcome(false, 0, 1200, 0), outcome);
            assertEquals(1200, index.size());
            assertEquals(1200L, database.loads.get(0).get(0), "the newest article first");
            assertEquals(12, index.search("tungsten", 0, 100).total());
            assertTrue(IndexState.from(index.commitData()).complete());
        }
    }

    @Test
    void aRestartedNodeReusesItsIndexAndReindexesOnlyWhatChangedWhileItWasDown() {
        try (ArticleSearchIndex index = start().index()) {
            new IndexCatchUp(index, database).run();
        }
        // while the node is down: an edit, an unpublish, a new article, and a row gone from the database
        database.publish(7, "Story 7", "Now about tungsten");
        database.unpublish(100);
        database.publish(1201, "Story 1201", "Fresh tungsten news");
        database.delete(200);
        database.loads.clear();

        try (ArticleSearchIndex index = start().index()) {
            assertEquals(1200, index.size(), "answers at once from what it had");
            assertEquals(12, index.search("tungsten", 0, 100).total());

            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, database).run();

            assertEquals(new IndexCatchUp.Outcome(true, 1197, 2, 2), outcome);
            assertEquals(List.of(List.of(1201L, 7L)), database.loads, "only the changed articles were read in full");
            List<Long> found = index.search("tungsten", 0, 100).ids();
            assertTrue(found.containsAll(List.of(7L, 1201L)), found.toString());
            assertFalse(found.contains(100L), "unpublished while down");
            assertFalse(found.contains(200L), "gone from the database while down");
            assertEquals(12, found.size());
            assertEquals(1199, index.size());
        }
    }

    @Test
    void anIndexOfAnotherDatabaseIsRebuiltNotTrusted() {
        try (ArticleSearchIndex index = start().index()) {
            new IndexCatchUp(index, database).run();
        }
        ArticleTable freshDatabase = new ArticleTable("2026-12-02 08:00:00.000001");
        freshDatabase.publish(1, "Другая история", "Совсем другая база");
        try (ArticleSearchIndex index = start().index()) {
            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, freshDatabase).run();
            assertFalse(outcome.reused());
            assertEquals(1, index.size());
            assertEquals(0, index.search("tungsten", 0, 10).total(), "nothing of the old database's articles is left");
        }
    }

    @Test
    void anIndexWrittenInAnotherLayoutIsRebuilt() {
        try (ArticleSearchIndex index = start().index()) {
            new IndexCatchUp(index, database).run();
            Map<String, String> older = index.commitData();
            older.put(IndexState.SCHEMA_KEY, "1");
            index.apply(List.of(), older);
        }
        try (ArticleSearchIndex index = start().index()) {
            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, database).run();
            assertEquals(new IndexCatchUp.Outcome(false, 0, 1200, 0), outcome);
            assertEquals(IndexState.SCHEMA, index.commitData().get(IndexState.SCHEMA_KEY));
        }
    }

    @Test
    void aBuildCutShortResumesWhereItStoppedAfterTheRestart() {
        database.failAfterLoads = 1;
        try (ArticleSearchIndex index = start().index()) {
            assertThrows(IllegalStateException.class, () -> new IndexCatchUp(index, database).run());
            assertEquals(IndexCatchUp.BATCH, index.size(), "the first batch was committed");
        }
        database.failAfterLoads = Integer.MAX_VALUE;
        database.loads.clear();
        try (ArticleSearchIndex index = start().index()) {
            assertFalse(IndexState.from(index.commitData()).complete(), "still says it is being built");
            IndexCatchUp.Outcome outcome = new IndexCatchUp(index, database).run();
            assertEquals(new IndexCatchUp.Outcome(true, IndexCatchUp.BATCH, 1200 - IndexCatchUp.BATCH, 0), outcome);
            assertEquals(1200, index.size());
        }
    }

    @Test
    void twoNodesOnOneSearchFolderGetAFolderEachAndARestartedNodeFindsOneToReuse() {
        SearchLocation.Opened first = start();
        SearchLocation.Opened second = start();
        try {
            assertEquals(searchFolder.resolve("node-1"), first.folder());
            assertEquals(searchFolder.resolve("node-2"), second.folder());
            new IndexCatchUp(first.index(), database).run();
        } finally {
            first.index().close();
        }
        try (ArticleSearchIndex again = start().index()) {
            assertTrue(new IndexCatchUp(again, database).run().reused());
        } finally {
            second.index().close();
        }
    }

    @Test
    void theFolderIsASettingUnderTheDataDirectoryByDefaultAndMustBeAbsolute() {
        assertEquals(Path.of("/srv/search"), SearchLocation.directory(Settings.of(Map.of(SearchLocation.VARIABLE, "/srv/search"))));
        assertTrue(SearchLocation.directory(Settings.of(Map.of())).endsWith(Path.of("search")));
        var refused = assertThrows(IllegalArgumentException.class,
                () -> SearchLocation.directory(Settings.of(Map.of(SearchLocation.VARIABLE, "search-here"))));
        assertTrue(refused.getMessage().startsWith("NEWSROOM_SEARCH_DIR is \"search-here\""), refused.getMessage());
    }
}
