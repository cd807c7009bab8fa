package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.ProjectSnapshot;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The .lectern file alone holds the analyst's work soon after each edit, while the window is open: a copy made
 * in a file manager, a backup or an attachment carries it. File → Save a copy… makes a complete copy at any time.
 */
@ExtendWith(ApplicationExtension.class)
class MainFileIsCompleteTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment

            PORT ELLIS — The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain.""";
    /** Generous for a busy machine; Lectern itself catches the file up within about a second. */
    private static final long PATIENCE_S = 10;

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("sitting-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aCopyOfTheProjectFileAloneMadeWhileTheWindowIsOpenHoldsTheLatestHighlight(FxRobot robot) throws Exception {
        tag(robot, "denied on Monday", KeyCode.DIGIT2);
        tag(robot, "Lena Moss", KeyCode.DIGIT1);
        assertTrue(Files.exists(projectFile.resolveSibling(projectFile.getFileName() + "-wal")),
                "the project is open, in WAL mode");

        Path copy = folder.resolve("copied-by-hand-" + UUID.randomUUID() + ".lectern");
        waitUntil("the project file alone holds both highlights", () -> quotesIn(copyOfMainFileOnly(copy))
                .containsAll(List.of("denied on Monday", "Lena Moss")));

        assertEquals(List.of("Harbour"), titlesIn(copy));
        assertTrue(window.stage().isShowing(), "all while the window stayed open");
    }

    @Test
    void saveACopyFromTheFileMenuWritesTheWholeProjectAndWorkGoesOnInTheOriginal(FxRobot robot) throws Exception {
        tag(robot, "denied on Monday", KeyCode.DIGIT2);
        Path copy = folder.resolve("to send-" + UUID.randomUUID() + ".lectern");
        dialogs.answers.add(copy);

        robot.clickOn("File").clickOn("#menu-save-a-copy");
        waitUntil("the copy is written", () -> Files.exists(copy));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("denied on Monday"), quotesIn(copy));
        assertEquals(List.of("Harbour"), titlesIn(copy));
        assertEquals(List.of(), dialogs.errors);
        assertEquals(projectFile, window.model().session().location(), "the window stays on the original");

        tag(robot, "Lena Moss", KeyCode.DIGIT1);
        assertEquals(List.of("denied on Monday"), quotesIn(copy), "the copy is a snapshot: later edits stay out");
        try (ProjectStore store = ProjectFiles.openForReading(projectFile)) {
            assertEquals(2, store.load().annotations().size(), "and go on into the original");
        }
    }

    private static void waitUntil(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_S, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not within " + PATIENCE_S + " s: " + what, e);
        }
    }

    /** As an analyst does: select the passage, press the tag's key. */
    private void tag(FxRobot robot, String quote, KeyCode key) {
        int start = ARTICLE.indexOf(quote);
        robot.interact(() -> {
            window.article().textArea().requestFocus();
            window.article().textArea().selectRange(start, start + quote.length());
        });
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What a file manager copies when told to copy the .lectern file: the file, without -wal or -shm. */
    private Path copyOfMainFileOnly(Path copy) throws Exception {
        Files.copy(projectFile, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** The highlights Lectern finds when it opens the file; none while it cannot open it. */
    private static List<String> quotesIn(Path file) {
        try (ProjectStore store = ProjectFiles.open(file)) {
            return store.load().annotations().stream().map(Annotation::passage).map(p -> p.quote()).toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static List<String> titlesIn(Path file) throws Exception {
        try (ProjectStore store = ProjectFiles.open(file)) {
            ProjectSnapshot snapshot = store.load();
            return snapshot.documents().stream().map(d -> d.title()).toList();
        }
    }
}
