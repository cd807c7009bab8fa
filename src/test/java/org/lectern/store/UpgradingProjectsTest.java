package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.ReviewComment;
import org.lectern.model.Stamp;
import org.lectern.model.Tag;

/** A project saved by an earlier Lectern opens in this one, brought up to date with its work intact. */
class UpgradingProjectsTest {
    @TempDir
    Path folder;

    @Test
    void aFormatOneProjectIsUpgradedOnOpeningAndKeepsItsWork() throws Exception {
        Path file = folder.resolve("old.lectern");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/lectern/store/migration")
                .target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO tag (id, name, color, hotkey, description) VALUES"
                    + " ('" + UUID.randomUUID() + "', 'Claim', '#f28e2b', 2, 'kept')");
            assertEquals(1, pragma(sql, "user_version"), "the file starts at format 1");
        }

        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
            List<Tag> tags = store.load().tags();
            assertEquals(List.of("Claim"), tags.stream().map(Tag::name).toList());
            ReviewComment comment = new ReviewComment(UUID.randomUUID(), tags.get(0).id(), null, "Is this right?",
                    false, new Stamp("Ana", Instant.parse("2026-11-26T10:00:00Z"), Instant.parse("2026-11-26T10:00:00Z")));
            store.write(List.of(Change.created(comment)));
            assertEquals(List.of(comment), store.load().comments(), "the new tables work");
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, pragma(sql, "user_version"));
            assertEquals(ProjectFiles.APPLICATION_ID, pragma(sql, "application_id"));
        }
    }

    @Test
    void aFormatTwoProjectIsUpgradedWithIndexesByHighlightAndKeepsItsWork() throws Exception {
        Path file = folder.resolve("format2.lectern");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:org/lectern/store/migration")
                .target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO tag (id, name, color, hotkey, description) VALUES"
                    + " ('" + UUID.randomUUID() + "', 'Claim', '#f28e2b', 2, 'kept')");
            assertEquals(2, pragma(sql, "user_version"), "the file starts at format 2");
            assertEquals(List.of(), indexesByHighlight(sql), "format 2 had none");
        }

        try (ProjectStore store = ProjectFiles.open(file)) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, store.schemaVersion());
            assertEquals(List.of("Claim"), store.load().tags().stream().map(Tag::name).toList());
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertEquals(ProjectFiles.CURRENT_FORMAT, pragma(sql, "user_version"));
            assertEquals(List.of("actor_mention", "claim_passage", "evidence_passage", "review_decision"),
                    indexesByHighlight(sql), "deleting a highlight finds what refers to it by index");
        }
    }

    /** The tables with an index whose first column is the highlight they refer to. */
    private static List<String> indexesByHighlight(Statement sql) throws Exception {
        List<String> tables = new java.util.ArrayList<>();
        for (String table : List.of("actor_mention", "claim_passage", "evidence_passage", "review_decision")) {
            String column = table.equals("review_decision") ? "result_id" : "annotation_id";
            List<String> indexes = new java.util.ArrayList<>();
            try (ResultSet list = sql.executeQuery("PRAGMA index_list(" + table + ")")) {
                while (list.next()) {
                    indexes.add(list.getString("name"));
                }
            }
            for (String index : indexes) {
                try (ResultSet info = sql.executeQuery("PRAGMA index_info('" + index + "')")) {
                    if (info.next() && info.getInt("seqno") == 0 && column.equals(info.getString("name"))) {
                        tables.add(table);
                        break;
                    }
                }
            }
        }
        return tables;
    }

    @Test
    void openingAnOlderProjectOnlyToReadItIsRefusedRatherThanUpgraded() throws Exception {
        Path file = folder.resolve("old.lectern");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null)
                .locations("classpath:org/lectern/store/migration").target("1").load().migrate();
        ProjectOpenException refused = org.junit.jupiter.api.Assertions.assertThrows(ProjectOpenException.class,
                () -> ProjectFiles.openForReading(file));
        assertTrue(refused.getMessage().contains("older version of Lectern"), refused.getMessage());
    }

    private static int pragma(Statement sql, String name) throws Exception {
        try (ResultSet result = sql.executeQuery("PRAGMA " + name)) {
            return result.getInt(1);
        }
    }
}
