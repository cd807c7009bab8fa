package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.export.ExportScope;
import org.lectern.service.AppFolders;
import org.lectern.service.ExportFormat;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where File → Export… and Save a copy… start: the analyst's documents folder the first time (the default project
 * lives in a hidden data folder, which is no place for reports), then the folder of the last file written; and
 * where the file is, when no program opens it.
 */
@ExtendWith(ApplicationExtension.class)
class ExportFolderTest {
    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    /** The home folder the build gives the tests, never the real one. */
    private final Path home = Path.of(System.getProperty("user.home"));

    @Start
    void start(Stage stage) throws Exception {
        Files.createDirectories(home.resolve("Documents"));
        dialogs = new ScriptedDialogs();
        Path project = AppFolders.dataHome().resolve("export-" + UUID.randomUUID() + ".lectern");
        fixture = WindowFixture.withDocument(stage, project, "Ana", dialogs, "Harbour",
                "The harbour authority denied that the Grey Tern carried rifles.");
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private Path export(FxRobot robot, Path target) throws Exception {
        dialogs.answers.add(new ExportRequest(ExportFormat.HTML, ExportScope.EVERYTHING, target, Optional.empty(),
                true));
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.opened.contains(target));
        WaitForAsyncUtils.waitForFxEvents();
        return target;
    }

    @Test
    void theFirstExportStartsInTheDocumentsFolderNotTheProjectsHiddenFolder(FxRobot robot) {
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(home.resolve("Documents")), dialogs.exportFolders);
        assertFalse(dialogs.exportFolders.get(0).startsWith(AppFolders.dataHome()));
    }

    @Test
    void theNextExportAndSaveACopyStartWhereTheLastFileWasWritten(FxRobot robot) throws Exception {
        Path reports = Files.createDirectories(folder.resolve("reports-" + UUID.randomUUID()));
        export(robot, reports.resolve("harbour.html"));
        assertTrue(Files.isRegularFile(reports.resolve("harbour.html")));

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(reports, dialogs.exportFolders.get(1), "the folder of the last export");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(reports), dialogs.chooserFolders, "Save a copy… starts there too");
    }

    @Test
    void aFolderThatIsGoneSinceIsNotOfferedAgain(FxRobot robot) throws Exception {
        Path reports = Files.createDirectories(folder.resolve("gone-" + UUID.randomUUID()));
        export(robot, reports.resolve("harbour.html"));
        Files.delete(reports.resolve("harbour.html"));
        Files.delete(reports);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(home.resolve("Documents"), dialogs.exportFolders.get(1));
    }

    @Test
    void whenNoProgramOpensTheExportTheAnalystIsToldWhereItIs(FxRobot robot) throws Exception {
        dialogs.aProgramOpensFiles = false;
        Path target = folder.resolve("bundle-" + UUID.randomUUID() + ".html");
        export(robot, target);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.infos.size(), () -> "told once: " + dialogs.infos);
        assertTrue(dialogs.infos.get(0).contains(target.toAbsolutePath().toString()), dialogs.infos.get(0));
    }

    @Test
    void whenAProgramOpensItNothingMoreIsSaid(FxRobot robot) throws Exception {
        export(robot, folder.resolve("opened-" + UUID.randomUUID() + ".html"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.infos);
    }
}
