package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Passage;
import org.lectern.model.Stamp;

/** The project file is an ordinary SQLite database that an analyst can query with other tools. */
class ProjectFileIsPlainSqliteTest {
    @TempDir
    Path folder;

    private final SampleProject sample = new SampleProject();
    private Path file;
    private ProjectStore store;

    @BeforeEach
    void createTheSampleProject() throws Exception {
        file = folder.resolve("queryable.lectern");
        store = ProjectFiles.create(file);
        store.write(sample.creation());
    }

    @AfterEach
    void closeTheStore() {
        store.close();
    }

    private Connection plainConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        return rows(connection, sql).get(0).get(0);
    }

    @Test
    void anotherConnectionSeesEachWriteAtOnceWhileLecternStillHasTheFileOpen() throws Exception {
        try (Connection analyst = plainConnection()) {
            assertEquals("Port deal under fire", single(analyst, "SELECT title FROM document"));

            Annotation more = new Annotation(UUID.randomUUID(), sample.document.id(),
                    new Passage(0, 8, "Minister", "", " Ana"), sample.person.id(), "", Stamp.now("Gina"));
            store.write(List.of(Change.created(more)));

            assertEquals("5", single(analyst, "SELECT count(*) FROM annotation"));
            assertEquals("Gina", single(analyst,
                    "SELECT name FROM author JOIN annotation ON annotation.author_id = author.id"
                            + " WHERE annotation.id = '" + more.id() + "'"));
        }
    }

    @Test
    void theFileIsInWriteAheadLogModeAndMarkedAsALecternProjectOfTheCurrentFormat() throws Exception {
        try (Connection analyst = plainConnection()) {
            assertEquals("wal", single(analyst, "PRAGMA journal_mode"));
            assertEquals(0x4C43544E, Integer.parseInt(single(analyst, "PRAGMA application_id")));
            assertEquals(ProjectFiles.CURRENT_FORMAT, Integer.parseInt(single(analyst, "PRAGMA user_version")));
            assertEquals("ok", single(analyst, "PRAGMA integrity_check"));
            assertEquals(List.of(), rows(analyst, "PRAGMA foreign_key_check"));
        }
    }

    @Test
    void theStoreEnforcesForeignKeys() {
        Annotation orphan = new Annotation(UUID.randomUUID(), UUID.randomUUID(), new Passage(0, 1, "M", "", ""),
                sample.person.id(), "", Stamp.now("Alice Analyst"));

        StoreException failure = assertThrows(StoreException.class,
                () -> store.write(List.of(Change.created(orphan))));

        assertFalse(failure.getMessage().contains("SQLITE_"), failure.getMessage());
        assertEquals(4, store.load().annotations().size());
    }

    @Test
    void timestampsAreReadableIsoInstantsInUtc() throws Exception {
        try (Connection analyst = plainConnection()) {
            assertEquals("2024-03-01T09:15:30.123456789Z", single(analyst, "SELECT created FROM document"));
            assertEquals("2024-03-02T10:00:00.000000000Z", single(analyst, "SELECT modified FROM document"));
            assertEquals(sample.document.id().toString(), single(analyst, "SELECT id FROM document"));
            assertEquals(DocumentTable.sha256(SampleProject.TEXT), single(analyst, "SELECT text_sha256 FROM document"));
        }
    }

    @Test
    void theHighlightViewListsEachAnnotationWithDocumentTagAndAuthorByName() throws Exception {
        try (Connection analyst = plainConnection()) {
            List<List<String>> highlights = rows(analyst,
                    "SELECT document, tag, quote, note, author FROM highlight ORDER BY start_offset");

            assertEquals(4, highlights.size());
            assertEquals(List.of("Port deal under fire", "Person", "Ana Ruiz 🇪🇸", "Check spelling 🙂", "Bob Builder"),
                    highlights.get(0));
            assertEquals(List.of("Port deal under fire", "Claim", "confirmed the signing", "", "Carol Checker"),
                    highlights.get(3));
        }
    }

    @Test
    void theClaimEvidenceViewShowsClaimClaimantGradeAndStanceInWords() throws Exception {
        try (Connection analyst = plainConnection()) {
            List<List<String>> rows = rows(analyst, "SELECT * FROM claim_evidence");

            assertEquals(List.of(List.of("The port deal was signed", "Ana Ruiz", "disputed", "very_likely",
                    "Ruiz confirms the signing herself", "B2", "refutes", "strong")), rows);
        }
    }

    @Test
    void theClaimEvidenceViewKeepsAClaimWithoutClaimant() throws Exception {
        var link = new org.lectern.model.Link(UUID.randomUUID(), sample.evidence.id(), sample.anonymousClaim.id(),
                null, null, Stamp.now("Alice Analyst"));
        store.write(List.of(Change.created(link)));

        try (Connection analyst = plainConnection()) {
            List<List<String>> rows = rows(analyst,
                    "SELECT claim, claimant, stance, strength FROM claim_evidence WHERE claimant IS NULL");

            assertEquals(List.of(java.util.Arrays.asList("Critics dispute the deal", null, "supports", "moderate")),
                    rows);
        }
    }

    @Test
    void theFileHoldsNoLeftoversAfterLecternClosesIt() throws Exception {
        store.close();

        assertFalse(java.nio.file.Files.exists(folder.resolve("queryable.lectern-wal")));
        assertFalse(java.nio.file.Files.exists(folder.resolve("queryable.lectern-shm")));
        assertTrue(java.nio.file.Files.size(file) > 0);
        store = ProjectFiles.open(file);
    }

    @Test
    void anAuthorAddedByAnotherProgramIsReusedNotDuplicated() throws Exception {
        String zed = UUID.randomUUID().toString();
        try (Connection other = plainConnection(); Statement statement = other.createStatement()) {
            statement.execute("INSERT INTO author (id, name) VALUES ('" + zed + "', 'Zed Colleague')");
        }
        var claim = new org.lectern.model.Claim(UUID.randomUUID(), "Zed's claim", null, List.of(), null, null,
                Stamp.now("Zed Colleague"));

        store.write(List.of(Change.created(claim)));

        try (Connection analyst = plainConnection()) {
            assertEquals(zed, single(analyst, "SELECT author_id FROM claim WHERE statement = 'Zed''s claim'"));
        }
        assertTrue(store.load().claims().contains(claim));
    }

    @Test
    void aProjectLeftWithItsWriteAheadLogAfterACrashOpensWithEverySavedChange() throws Exception {
        // Copy the file and its -wal while Lectern still has them open: what a crash leaves on disk.
        Path crashed = folder.resolve("crashed.lectern");
        java.nio.file.Files.copy(file, crashed);
        Path wal = folder.resolve("queryable.lectern-wal");
        assertTrue(java.nio.file.Files.size(wal) > 0, "the saved changes are still in the -wal file");
        java.nio.file.Files.copy(wal, folder.resolve("crashed.lectern-wal"));

        try (ProjectStore recovered = ProjectFiles.open(crashed)) {
            var loaded = recovered.load();
            assertEquals(List.of(sample.document), loaded.documents());
            assertEquals(sample.annotations(), loaded.annotations());
            assertEquals(List.of(sample.link), loaded.links());
        }
    }

    @Test
    void aRowBrokenByHandIsReportedAndTheStoreRecoversOnceItIsMended() throws Exception {
        try (Connection analyst = plainConnection(); Statement statement = analyst.createStatement()) {
            statement.execute("UPDATE annotation SET quote = 'too short' WHERE id = '" + sample.ruiz.id() + "'");
        }

        StoreException failure = assertThrows(StoreException.class, () -> store.load());

        assertTrue(failure.getMessage().contains("queryable.lectern"), failure.getMessage());
        assertTrue(failure.getMessage().contains("changed outside Lectern"), failure.getMessage());
        try (Connection analyst = plainConnection(); Statement statement = analyst.createStatement()) {
            statement.execute("UPDATE annotation SET quote = '" + sample.ruiz.passage().quote() + "' WHERE id = '"
                    + sample.ruiz.id() + "'");
        }
        assertEquals(sample.annotations(), store.load().annotations(), "the next load sees the mended row");
    }

    @Test
    void aRowBrokenByHandIsReportedWhenItsDocumentsHighlightsAreFirstReadAndNothingIsChanged() throws Exception {
        try (Connection analyst = plainConnection(); Statement statement = analyst.createStatement()) {
            statement.execute("UPDATE annotation SET quote = 'too short' WHERE id = '" + sample.ruiz.id() + "'");
        }

        // Opening reads no highlight; the broken row is met when its document is shown.
        assertEquals(List.of(sample.document), store.loadOutline().withoutAnnotations().documents());
        StoreException failure = assertThrows(StoreException.class,
                () -> store.annotationsOf(sample.document.id()));

        assertTrue(failure.getMessage().contains("queryable.lectern"), failure.getMessage());
        assertTrue(failure.getMessage().contains("changed outside Lectern"), failure.getMessage());
        try (Connection analyst = plainConnection(); Statement statement = analyst.createStatement();
             var quote = statement.executeQuery("SELECT quote FROM annotation WHERE id = '" + sample.ruiz.id() + "'")) {
            assertTrue(quote.next());
            assertEquals("too short", quote.getString(1), "the row is left as it was found");
        }
    }
}
