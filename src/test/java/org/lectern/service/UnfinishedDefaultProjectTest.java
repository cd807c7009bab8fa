package org.lectern.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.BundledSample;
import org.lectern.model.DocumentMetadata;
import org.lectern.store.HalfMadeProjects;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectOpenException;

/**
 * A default project that a crash left unfinished never keeps Lectern from starting: it is set aside under a
 * clear name, with a note to the analyst, and made afresh. Any file holding work, and any project but the
 * default one, is left exactly as it was.
 */
class UnfinishedDefaultProjectTest {
    @TempDir
    Path dataHome;
    private String previousDataHome;
    private Path defaultProject;

    @BeforeEach
    void useOwnDataFolder() {
        previousDataHome = System.getProperty(AppFolders.DATA_HOME_PROPERTY);
        System.setProperty(AppFolders.DATA_HOME_PROPERTY, dataHome.toString());
        defaultProject = AppFolders.defaultProject();
    }

    @AfterEach
    void restoreDataFolder() {
        if (previousDataHome == null) {
            System.clearProperty(AppFolders.DATA_HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.DATA_HOME_PROPERTY, previousDataHome);
        }
    }

    @Test
    void anEmptyDefaultProjectIsSetAsideAndMadeAfresh() throws Exception {
        HalfMadeProjects.empty(defaultProject);

        assertSetAsideAndMadeAfresh(Map.of("", sha256(new byte[0])));
    }

    @Test
    void aDefaultProjectHoldingOnlyTheMigrationHistoryIsSetAsideAndMadeAfresh() throws Exception {
        HalfMadeProjects.onlyMigrationHistory(defaultProject);
        assertRefusedToday(defaultProject);

        assertSetAsideAndMadeAfresh(fingerprint(defaultProject));
    }

    @Test
    void aDefaultProjectKilledInTheMiddleOfItsFirstMigrationIsSetAsideWithItsJournalAndMadeAfresh() throws Exception {
        HalfMadeProjects.killedMidMigration(defaultProject);
        assertRefusedToday(defaultProject);
        Map<String, String> before = fingerprint(defaultProject);
        assertTrue(before.containsKey("-journal"), "the journal a rollback needs is there: " + before.keySet());

        assertSetAsideAndMadeAfresh(before);
    }

    @Test
    void anotherProjectInAHalfMadeStateIsRefusedAndLeftExactlyAsItWas() throws Exception {
        Path other = dataHome.resolve("case.lectern");
        for (Path file : List.of(HalfMadeProjects.empty(other), HalfMadeProjects.onlyMigrationHistory(
                dataHome.resolve("history only.lectern")))) {
            Map<String, String> before = folderFingerprint();

            assertThrows(ProjectUnavailable.class, () -> ProjectSetup.open(file, "Ana").close());

            assertEquals(before, folderFingerprint(), file.getFileName() + " and its folder are untouched");
        }
    }

    @Test
    void aDefaultProjectHoldingWorkIsNeverSetAsideEvenWhenItIsRefused() throws Exception {
        try (ProjectSession session = ProjectSetup.open(defaultProject, "Ana")) {
            session.perform(session.edits().addDocument("Port report", DocumentMetadata.EMPTY, "Ships came in."));
        }
        // Another program overwrote the mark that makes it a Lectern project: refused, but full of work.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + defaultProject);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = 0");
        }
        Map<String, String> before = folderFingerprint();

        ProjectUnavailable refusal = assertThrows(ProjectUnavailable.class,
                () -> ProjectSetup.open(defaultProject, "Ana").close());

        assertEquals(ProjectUnavailable.Reason.NOT_A_PROJECT, refusal.reason());
        assertEquals(before, folderFingerprint(), "the project with work and its folder are untouched");
    }

    @Test
    void aDefaultProjectOfAnotherProgramWithRowsIsNeverSetAside() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + defaultProject);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE flyway_schema_history (installed_rank INT)");
            statement.execute("CREATE TABLE note (text TEXT)");
            statement.execute("INSERT INTO note VALUES ('keep me')");
        }
        Map<String, String> before = folderFingerprint();

        assertThrows(ProjectUnavailable.class, () -> ProjectSetup.open(defaultProject, "Ana").close());

        assertEquals(before, folderFingerprint());
    }

    @Test
    void aWholeDefaultProjectOpensWithoutANote() throws Exception {
        ProjectSetup.open(defaultProject, "Ana").close();

        try (ProjectSession session = ProjectSetup.open(defaultProject, "Ana")) {
            assertTrue(session.openingNote().isEmpty());
            assertEquals(1, session.state().documents().size());
        }
        assertEquals(List.of("default.lectern"), folderFingerprint().keySet().stream().toList());
    }

    /** Opens the default project, and checks the set-aside file, the note and the fresh project. */
    private void assertSetAsideAndMadeAfresh(Map<String, String> original) throws Exception {
        try (ProjectSession session = ProjectSetup.open(defaultProject, "Ana")) {
            assertEquals(List.of(BundledSample.articleTitle()),
                    session.state().documents().stream().map(d -> d.title()).toList(), "made afresh, with the sample");
            assertEquals(9, session.state().tags().size());
            String note = session.openingNote().orElseThrow(() -> new AssertionError("the analyst is told"));

            List<Path> setAside = setAsideFiles();
            assertEquals(1, setAside.size(), "one file set aside: " + setAside);
            Path moved = setAside.get(0);
            assertTrue(moved.getFileName().toString().matches("default\\.lectern\\.unfinished-\\d{4}-\\d\\d-\\d\\d-\\d{6}"),
                    moved.getFileName().toString());
            assertTrue(note.contains("default.lectern"), note);
            assertTrue(note.contains(moved.getFileName().toString()), "names where it went: " + note);
            assertTrue(note.contains(dataHome.toAbsolutePath().toString()), "and in which folder: " + note);
            assertTrue(note.contains("held no work"), note);
            assertEquals(original, fingerprint(moved), "set aside byte for byte, with its journal if it had one");
        }
        try (ProjectSession again = ProjectSetup.open(defaultProject, "Ana")) {
            assertTrue(again.openingNote().isEmpty(), "said once");
        }
        assertEquals(1, setAsideFiles().size());
    }

    private static void assertRefusedToday(Path file) {
        assertThrows(ProjectOpenException.class, () -> ProjectFiles.open(file).close(),
                "a file in this state is refused when opened");
    }

    private List<Path> setAsideFiles() throws Exception {
        try (Stream<Path> files = Files.list(dataHome)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.unfinished-[0-9-]*")).toList();
        }
    }

    /** The file and its SQLite side files, by suffix, with the SHA-256 of their bytes. */
    private static Map<String, String> fingerprint(Path file) throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (String suffix : List.of("", "-journal", "-wal")) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                files.put(suffix, sha256(Files.readAllBytes(part)));
            }
        }
        return files;
    }

    private Map<String, String> folderFingerprint() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dataHome)) {
            for (Path entry : entries.toList()) {
                files.put(entry.getFileName().toString(), sha256(Files.readAllBytes(entry)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
