package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project is edited in one Lectern at a time; reading it (sqlite3, info, a colleague) is never blocked. */
class OneWindowPerProjectTest {
    @TempDir
    Path folder;

    @Test
    void aSecondLecternCannotOpenAProjectForEditingWhileTheFirstHasIt() throws Exception {
        Path file = folder.resolve("case.lectern");
        try (ProjectStore first = ProjectFiles.create(file)) {
            ProjectOpenException refused = assertThrows(ProjectOpenException.class, () -> ProjectFiles.open(file));
            assertEquals(ProjectOpenException.Reason.LOCKED, refused.reason());
            assertTrue(refused.getMessage().startsWith("case.lectern is open in another Lectern window"),
                    refused.getMessage());
            try (ProjectStore reader = ProjectFiles.openForReading(file)) {
                assertEquals(List.of(), reader.load().documents(), "reading is never blocked");
            }
        }
        try (ProjectStore again = ProjectFiles.open(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, again.schemaVersion(), "closing the first frees the project");
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of(file), left.filter(p -> !p.getFileName().toString().endsWith("-wal")
                    && !p.getFileName().toString().endsWith("-shm")).toList(), "no lock file is left behind");
        }
    }
}
