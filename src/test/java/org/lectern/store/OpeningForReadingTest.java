package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.Tag;

/** Reading a project to describe it (lectern info) never writes to it, so a read-only project can be read. */
class OpeningForReadingTest {
    @TempDir
    Path folder;

    @Test
    void aReadOnlyProjectCanBeReadAndStaysByteIdentical() throws Exception {
        Path file = folder.resolve("shared.lectern");
        Tag tag = new Tag(UUID.randomUUID(), "Claim", "#f28e2b", 2, "");
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(List.of(Change.created(tag)));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);

        try (ProjectStore store = ProjectFiles.openForReading(file)) {
            assertEquals(List.of(tag), store.load().tags());
            assertThrows(StoreException.class, () -> store.write(List.of(Change.deleted(tag))));
        }

        assertArrayEquals(before, Files.readAllBytes(file));
        try (var siblings = Files.list(folder)) {
            assertEquals(List.of(file), siblings.toList(), "no -wal or -shm file is left beside it");
        }
    }

    @Test
    void aFileThatIsNotAProjectIsStillRefused() throws Exception {
        Path file = folder.resolve("notes.lectern");
        Files.writeString(file, "just notes");
        ProjectOpenException refused = assertThrows(ProjectOpenException.class, () -> ProjectFiles.openForReading(file));
        assertEquals(ProjectOpenException.Reason.NOT_A_PROJECT, refused.reason());
    }
}
