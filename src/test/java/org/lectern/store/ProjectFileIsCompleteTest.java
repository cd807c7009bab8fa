package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a project is open, the .lectern file alone soon holds every saved edit (not only the -wal beside it),
 * without ever keeping a reader waiting; and on close it holds everything, with no side file left.
 */
class ProjectFileIsCompleteTest {
    /** Generous for a busy machine; the file catches up within about a second. */
    private static final long PATIENCE_S = 10;

    @TempDir
    Path folder;

    @Test
    void theProjectFileAloneHoldsAnEditSoonAfterItIsSavedWhileTheProjectStaysOpen() throws Exception {
        Path file = folder.resolve("open.lectern");
        SampleProject sample = new SampleProject();
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(sample.creation());

            waitUntil("the file alone holds the document", () -> documentsInFileAlone(file) == 1);
            assertTrue(Files.exists(file.resolveSibling("open.lectern-wal")), "still open, in WAL mode");
        }
    }

    @Test
    void aReaderInTheMiddleOfAReadIsNeverBlockedAndTheFileCatchesUpOnceItIsDone() throws Exception {
        Path file = folder.resolve("shared.lectern");
        SampleProject sample = new SampleProject();
        try (ProjectStore store = ProjectFiles.create(file);
             Connection shell = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement reader = shell.createStatement()) {
            // Like the sqlite3 shell half-way through a long query: a read transaction on the file as it was.
            reader.execute("BEGIN");
            assertEquals(0, count(reader, "SELECT count(*) FROM document"));

            store.write(sample.creation());
            store.write(List.of(Change.updated(sample.document, sample.document.withTitle("Renamed"))));

            assertEquals(0, count(reader, "SELECT count(*) FROM document"), "the reader goes on, on its snapshot");
            try (ProjectStore info = ProjectFiles.openForReading(file)) {
                assertEquals(List.of("Renamed"), info.load().documents().stream().map(d -> d.title()).toList(),
                        "and another reader sees the edits");
            }
            reader.execute("COMMIT");

            waitUntil("the file alone holds the edits once the reader is done",
                    () -> documentsInFileAlone(file) == 1);
        }
    }

    @Test
    void closingFoldsEverythingIntoTheFileAndLeavesNoSideFile() throws Exception {
        Path file = folder.resolve("closed.lectern");
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(new SampleProject().creation());
        }

        try (var entries = Files.list(folder)) {
            assertEquals(List.of("closed.lectern"), entries.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(1, documentsInFileAlone(file));
    }

    /** Documents in a copy of the project file made without its -wal and -shm, as a file manager copies it. */
    private int documentsInFileAlone(Path file) throws Exception {
        Path copy = folder.resolve("copy-of-" + file.getFileName());
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:sqlite:" + copy.toAbsolutePath().toUri() + "?immutable=1");
             Statement statement = connection.createStatement()) {
            return count(statement, "SELECT count(*) FROM document");
        } catch (java.sql.SQLException e) {
            return -1; // copied while a checkpoint was writing: look again
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static int count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + PATIENCE_S + " s: " + what, e);
        }
    }
}
