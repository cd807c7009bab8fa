package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big import (here 600 highlights from a W3C Web Annotation file, as the specification's examples write them) is
 * saved while the window goes on answering: the status line shows it with Cancel, Escape cancels it without a
 * trace in the file, undo and redo of it restore the file exactly, and closing the window meanwhile leaves the
 * file whole. To catch the import in the middle of saving, the test holds SQLite's write lock through a second
 * connection (as another program reading the file in a transaction might), and lets go when it has looked.
 */
@ExtendWith(ApplicationExtension.class)
class LongWorkWindowTest {
    private static final int HIGHLIGHTS = 600;
    private static final String TITLE = "Port traffic log";

    @TempDir
    static Path folder;

    private Path projectFile;
    private Path annotationFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        projectFile = folder.resolve("log-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana Reyes", dialogs, TITLE, article());
        window = fixture.window();
        annotationFile = webAnnotations(folder.resolve("log-" + UUID.randomUUID() + ".jsonld"));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aBigImportIsShownWithCancelAndEscapeCancelsItLeavingTheFileAsItWas(FxRobot robot) throws Exception {
        ProjectFileRows before = ProjectFileRows.read(projectFile);
        javafx.scene.layout.Region statusLine = robot.lookup("#status-line").query();
        javafx.scene.layout.Region panels = robot.lookup("#panels").query();
        double statusHeight = statusLine.getHeight();
        double panelsHeight = panels.getHeight();
        try (WriteLock lock = new WriteLock(projectFile)) {
            dialogs.answers.add(annotationFile);
            robot.push(KeyCode.CONTROL, KeyCode.I);
            waitUntilSaving();
            assertTrue(robot.lookup("#status-cancel").query().isVisible(), "Cancel is offered");
            WaitForAsyncUtils.waitForFxEvents();
            // Were the status line to grow for the work, the whole window would be laid out and painted afresh.
            assertEquals(statusHeight, statusLine.getHeight(), "the status line keeps its height while work is shown");
            assertEquals(panelsHeight, panels.getHeight(), "and the panels above it theirs");
            robot.push(KeyCode.ESCAPE);
        }
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Cancelled; nothing of it was saved", window.model().saveStateProperty().get());
        assertEquals(before.all(), ProjectFileRows.read(projectFile).all(), "the file holds what it held");
        assertEquals(0, window.model().annotations().size(), "and the window shows no imported highlight");
        assertEquals(0, dialogs.infos.size(), "no import is reported: " + dialogs.infos);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertTrue(!robot.lookup("#status-work").query().isVisible(), "the status line no longer shows the work");
    }

    @Test
    void theWindowAnswersWhileABigImportIsSavedAndUndoAndRedoRestoreTheFileExactly(FxRobot robot)
            throws Exception {
        ProjectFileRows before = ProjectFileRows.read(projectFile);
        AtomicBoolean answered = new AtomicBoolean();
        try (WriteLock lock = new WriteLock(projectFile)) {
            dialogs.answers.add(annotationFile);
            robot.push(KeyCode.CONTROL, KeyCode.I);
            waitUntilSaving();
            // The window's thread runs other work while the import is being saved.
            robot.interact(() -> answered.set(true));
        }
        assertTrue(answered.get());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.infos.get(0).contains(HIGHLIGHTS + " annotations added"), dialogs.infos::toString);
        assertEquals(HIGHLIGHTS, count("SELECT count(*) FROM annotation"));
        assertEquals(HIGHLIGHTS, window.model().annotations().size(), "every imported highlight is listed");
        ProjectFileRows imported = ProjectFileRows.read(projectFile);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.all(), ProjectFileRows.read(projectFile).all(), "undo restores the file exactly");
        assertEquals(0, window.model().annotations().size());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(imported.all(), ProjectFileRows.read(projectFile).all(), "redo makes it again exactly");
        assertEquals(HIGHLIGHTS, window.model().annotations().size());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void removingADocumentWithManyHighlightsIsSavedWhileTheWindowAnswersAndUndoBringsItBackExactly(FxRobot robot)
            throws Exception {
        dialogs.answers.add(annotationFile);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 1);
        waitUntilSettled();
        ProjectFileRows before = ProjectFileRows.read(projectFile);
        AtomicBoolean answered = new AtomicBoolean();
        try (WriteLock lock = new WriteLock(projectFile)) {
            robot.clickOn("File").clickOn("#menu-remove-document");
            waitUntilSaving();
            robot.interact(() -> answered.set(true));
        }
        assertTrue(answered.get());
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, count("SELECT count(*) FROM document"), "the document is gone from the file");
        assertEquals(0, count("SELECT count(*) FROM annotation"), "with its highlights");
        assertEquals(0, window.model().documents().size());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before.all(), ProjectFileRows.read(projectFile).all(), "undo restores the file exactly");
        assertEquals(HIGHLIGHTS, window.model().annotations().size(), "and the window shows it again");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void closingTheWindowWhileABigImportIsSavedLeavesTheFileWhole(FxRobot robot) throws Exception {
        ProjectFileRows before = ProjectFileRows.read(projectFile);
        AtomicBoolean closing = new AtomicBoolean();
        try (WriteLock lock = new WriteLock(projectFile)) {
            dialogs.answers.add(annotationFile);
            robot.push(KeyCode.CONTROL, KeyCode.I);
            waitUntilSaving();
            Platform.runLater(() -> {
                closing.set(true);
                window.stage().close();
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, closing::get);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.stage().isShowing());

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement sql = connection.createStatement();
             ResultSet check = sql.executeQuery("PRAGMA integrity_check")) {
            check.next();
            assertEquals("ok", check.getString(1));
        }
        assertEquals(before.all(), ProjectFileRows.read(projectFile).all(),
                "the import, stopped by closing, left nothing behind");
    }

    private void waitUntilSaving() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Label working = (Label) window.stage().getScene().lookup("#status-working");
            return working != null && working.isVisible() && working.getText().startsWith("Saving:");
        });
    }

    /** The status line says the edit is saved, or cancelled: nothing is being saved or shown any more. */
    private void waitUntilSettled() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String status = window.model().saveStateProperty().get();
            return status.startsWith("saved ") || status.startsWith("Cancelled");
        });
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A harbour log: one line per vessel, each name once. */
    private static String article() {
        StringBuilder text = new StringBuilder(TITLE).append("\n\n");
        for (int i = 0; i < HIGHLIGHTS; i++) {
            text.append("At dawn the vessel Tern-").append(1000 + i).append(" left berth ").append(i % 40)
                    .append(" for open water.\n");
        }
        return text.toString();
    }

    /**
     * One annotation per vessel name, in the shape of the Web Annotation Data Model's examples: a tagging body and
     * a TextQuoteSelector with prefix and suffix beside a TextPositionSelector; no creator (the analyst's own).
     */
    private static Path webAnnotations(Path file) throws Exception {
        String text = article();
        StringBuilder json = new StringBuilder("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
                + "  \"type\": \"AnnotationCollection\",\n  \"first\": {\n    \"type\": \"AnnotationPage\",\n"
                + "    \"items\": [\n");
        for (int i = 0; i < HIGHLIGHTS; i++) {
            String name = "Tern-" + (1000 + i);
            int start = text.indexOf(name);
            int end = start + name.length();
            json.append("""
                          {
                            "id": "urn:uuid:%s",
                            "type": "Annotation",
                            "body": {"type": "TextualBody", "purpose": "tagging", "value": "Actor"},
                            "target": {
                              "selector": [
                                {"type": "TextQuoteSelector", "exact": "%s", "prefix": "%s", "suffix": "%s"},
                                {"type": "TextPositionSelector", "start": %d, "end": %d}
                              ]
                            }
                          }""".formatted(UUID.nameUUIDFromBytes(name.getBytes()), name,
                    text.substring(start - 11, start), text.substring(end, end + 11).replace("\n", "\\n"), start, end));
            json.append(i + 1 < HIGHLIGHTS ? ",\n" : "\n");
        }
        return Files.writeString(file, json.append("    ]\n  }\n}\n").toString());
    }

    /** SQLite's write lock on the project, held by another connection until closed. */
    private static final class WriteLock implements AutoCloseable {
        private final Connection connection;

        WriteLock(Path project) throws Exception {
            connection = DriverManager.getConnection("jdbc:sqlite:" + project);
            try (Statement sql = connection.createStatement()) {
                sql.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        public void close() throws Exception {
            try (Statement sql = connection.createStatement()) {
                sql.execute("COMMIT");
            }
            connection.close();
        }
    }
}
