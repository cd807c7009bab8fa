package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.lectern.store.ProjectOpenException.Reason;

/** Creating a new project file, and opening-or-creating one. */
class CreatingProjectsTest {
    @TempDir
    Path folder;

    @Test
    void createMakesAnEmptyProjectOfTheCurrentFormat() throws Exception {
        Path file = folder.resolve("new.lectern");

        try (ProjectStore store = ProjectFiles.create(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
            assertEquals(file, store.location());
            assertTrue(store.load().documents().isEmpty());
        }
        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
        }
    }

    @Test
    void aProjectFilledAtOnceKeepsARollbackJournalUntilItIsOpenedAgainAndThenTheWriteAheadLog() throws Exception {
        Path file = folder.resolve("downloaded.lectern");

        try (ProjectStore store = ProjectFiles.createToFillAtOnce(file, LockHolder.COMMAND_LINE)) {
            store.write(List.of(Change.created(new Tag(UUID.randomUUID(), "Actor",
                    "#336699", 1, ""))));
            assertFalse(Files.exists(Path.of(file + "-wal")), "written into the file itself");
        }
        assertEquals("delete", journalMode(file));
        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(1, store.load().tags().size());
        }
        assertEquals("wal", journalMode(file), "opened again, it is saved as every project is");
    }

    private static String journalMode(Path file) throws Exception {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = plain.createStatement();
             ResultSet mode = sql.executeQuery("PRAGMA journal_mode")) {
            return mode.getString(1);
        }
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws Exception {
        byte[] precious = "the analyst's only copy".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("precious.lectern"), precious);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectFiles.create(file));

        RefusingBadFilesTest.assertOneSentenceNaming("precious.lectern", refusal.getMessage());
        assertTrue(refusal.getMessage().contains("overwrite"), refusal.getMessage());
        assertArrayEquals(precious, Files.readAllBytes(file));
        assertEquals(List.of(file), List.of(Files.list(folder).toArray(Path[]::new)));
    }

    @Test
    void createRefusesToOverwriteAnExistingProject() throws Exception {
        Path file = folder.resolve("project.lectern");
        try (ProjectStore store = ProjectFiles.create(file)) {
            store.write(new SampleProject().creation());
        }

        assertThrows(ProjectOpenException.class, () -> ProjectFiles.create(file));

        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(1, store.load().documents().size());
        }
    }

    @Test
    void createMakesMissingParentFolders() throws Exception {
        Path file = folder.resolve("cases/2024/march/port deal.lectern");

        ProjectFiles.create(file).close();

        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void createSaysSoWhenTheFileCannotBeMadeAndLeavesNothingBehind() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not a folder"), "x");
        Path file = blocker.resolve("project.lectern");

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectFiles.create(file));

        assertTrue(refusal.getMessage().contains("could not create project.lectern"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("not a folder is in the way"), refusal.getMessage());
        RefusingBadFilesTest.assertOneSentenceNaming("project.lectern", refusal.getMessage());
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void openOrCreateCreatesAMissingFileAndItsFolders() throws Exception {
        Path file = folder.resolve("new/sub folder/first.lectern");

        try (ProjectStore store = ProjectFiles.openOrCreate(file)) {
            store.write(new SampleProject().creation());
        }

        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void openOrCreateReopensAnExistingProjectWithItsRecords() throws Exception {
        Path file = folder.resolve("again.lectern");
        SampleProject sample = new SampleProject();
        try (ProjectStore store = ProjectFiles.openOrCreate(file)) {
            store.write(sample.creation());
        }

        ProjectSnapshot loaded;
        try (ProjectStore store = ProjectFiles.openOrCreate(file)) {
            loaded = store.load();
        }

        assertEquals(List.of(sample.document), loaded.documents());
        assertEquals(List.of(sample.link), loaded.links());
    }

    @Test
    void openOrCreateStillRefusesAFileThatIsNotAProject() throws Exception {
        byte[] text = "not a project".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(folder.resolve("text.lectern"), text);

        ProjectOpenException refusal = assertThrows(ProjectOpenException.class, () -> ProjectFiles.openOrCreate(file));

        assertEquals(Reason.NOT_A_PROJECT, refusal.reason());
        assertArrayEquals(text, Files.readAllBytes(file));
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        ProjectStore store = ProjectFiles.create(folder.resolve("twice.lectern"));
        store.write(List.of(Change.created(new SampleProject().document)));

        store.close();
        store.close();
    }
}
