package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.lectern.model.Change;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.ReviewComment;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Verdict;

/**
 * A project saved by the Lectern before team projects (format 3) opens in this one with every record it held,
 * row for row, and is not a team project until the analyst links it: nothing is noted for sending.
 */
class TeamNotesUpgradeTest {
    private static final List<String> RECORD_TABLES = List.of("author", "document", "tag", "annotation", "actor",
            "actor_alias", "actor_mention", "claim", "claim_passage", "evidence", "evidence_passage", "link",
            "review_comment", "review_decision");

    @Test
    void aFormatThreeProjectKeepsEveryRecordRowForRowAndNotesNothingUntilLinked() throws Exception {
        Path folder = Files.createDirectories(scratch().resolve("team-upgrade"));
        Path file = Files.createTempFile(folder, "format3-", ".lectern");
        Files.delete(file);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/lectern/store/migration")
                .target("3").load().migrate();
        SampleProject sample = new SampleProject();
        ReviewComment comment = new ReviewComment(UUID.randomUUID(), sample.ruiz.id(), null, "Which Ruiz?", true,
                new Stamp("Carol Checker", SampleProject.CREATED, SampleProject.MODIFIED));
        ReviewDecision decision = new ReviewDecision(UUID.randomUUID(), sample.ruiz.id(), Verdict.REJECTED, null,
                "Not a person here", new Stamp("Carol Checker", SampleProject.CREATED, SampleProject.MODIFIED));
        List<Change> creation = new ArrayList<>(sample.creation());
        creation.add(Change.created(comment));
        creation.add(Change.created(decision));
        Properties settings = new Properties();
        settings.setProperty("foreign_keys", "true");
        // Written by the format-3 store as that Lectern wrote it: the same tables, the same writers.
        try (SqliteProjectStore format3 = new SqliteProjectStore(file, DriverManager.getConnection(url, settings), 3,
                null)) {
            format3.write(creation);
        }
        List<List<String>> before = rows(url, RECORD_TABLES);
        assertEquals(3, pragma(url, "user_version"), "the file starts at format 3");

        ProjectSnapshot opened;
        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(4, store.schemaVersion());
            opened = store.load();
            TeamLedger ledger = store.teamLedger().orElseThrow();
            assertTrue(ledger.teamLink().isEmpty(), "an upgraded project belongs to no team");
            assertEquals(List.of(), ledger.pending());
        }
        assertEquals(4, pragma(url, "user_version"));
        assertEquals(before, rows(url, RECORD_TABLES), "every record's rows are as format 3 held them");
        assertEquals(sample.annotations().size(), opened.annotations().size());
        assertEquals(List.of(comment), opened.comments());
        assertEquals(List.of(decision), opened.decisions());
        assertEquals(List.of(sample.actor), opened.actors());
        assertEquals(List.of(List.of()), rows(url, List.of("team_outbox")), "nothing noted for a project of its own");
    }

    private static Path scratch() {
        String dataHome = System.getProperty("lectern.data.home");
        return dataHome != null ? Path.of(dataHome).toAbsolutePath().getParent()
                : Path.of("target", "test-scratch").toAbsolutePath();
    }

    private static int pragma(String url, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("PRAGMA " + name)) {
            return rows.next() ? rows.getInt(1) : -1;
        }
    }

    /** Each table's rows, every column, in a stable order. */
    private static List<List<String>> rows(String url, List<String> tables) throws Exception {
        List<List<String>> all = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = sql.executeQuery("SELECT * FROM " + table)) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            row.append('|').append(result.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.add(rows);
            }
        }
        return all;
    }
}
