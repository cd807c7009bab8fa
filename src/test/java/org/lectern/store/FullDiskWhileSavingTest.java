package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;

/**
 * A change that does not fit on the disk is not saved, and the analyst is told it is the disk and what to do.
 * SQLite's own limit on a database's pages (PRAGMA max_page_count) stands in for the disk: SQLite reports
 * reaching it exactly as it reports a full disk, SQLITE_FULL, and a real full disk needs a small file system
 * mounted for the test, which takes privileges a build does not have.
 */
class FullDiskWhileSavingTest {
    @TempDir
    Path folder;

    @Test
    void aChangeTooLargeForTheRoomLeftIsNotSavedAndTheMessageSaysToFreeSpace() throws Exception {
        Path file = folder.resolve("case.lectern");
        ProjectFiles.create(file).close();
        Properties settings = new Properties();
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("max_page_count", Integer.toString(pageCount(file) + 2));
        Instant now = Instant.parse("2026-03-14T10:00:00Z");
        Document longReport = new Document(UUID.randomUUID(), "Long report", DocumentMetadata.EMPTY,
                "Customs records show four containers. ".repeat(10_000), new Stamp("Ana", now, now));

        try (SqliteProjectStore store = new SqliteProjectStore(file,
                DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings), ProjectFiles.CURRENT_FORMAT,
                null)) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.write(List.of(Change.created(longReport))));

            assertEquals("The last change was not saved because the disk holding case.lectern is full: free some space"
                    + " on that disk (empty the bin, move large files elsewhere), then try again.", refused.getMessage());
            assertEquals(List.of(), store.load().documents(), "nothing of the change is in the file");
        }
    }

    private static int pageCount(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA page_count")) {
            return result.getInt(1);
        }
    }
}
