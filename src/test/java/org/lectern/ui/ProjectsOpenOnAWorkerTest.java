package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AppFolders;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → New project… and File → Open default project make or read the file on a worker, shown in the status
 * line as the opening of that file, while the window goes on answering; then the window shows that project.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectsOpenOnAWorkerTest {
    @TempDir
    static Path folder;

    private String previousDataHome;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    private final List<String> workShown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        previousDataHome = System.getProperty(AppFolders.DATA_HOME_PROPERTY);
        Path dataHome = Files.createDirectories(folder.resolve("data-" + UUID.randomUUID()));
        System.setProperty(AppFolders.DATA_HOME_PROPERTY, dataHome.toString());
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, folder.resolve("first-" + UUID.randomUUID() + ".lectern"), "Ana Reyes", dialogs);
        window = fixture.window();
        window.model().work().shownProperty().addListener((obs, old, now) -> {
            if (now != null) {
                workShown.add(now.getTitle());
            }
        });
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
        if (previousDataHome == null) {
            System.clearProperty(AppFolders.DATA_HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.DATA_HOME_PROPERTY, previousDataHome);
        }
    }

    @Test
    void aNewProjectIsMadeOnAWorkerShownInTheStatusLineAndThenOpenWithTheDefaultTags(FxRobot robot)
            throws Exception {
        Path fresh = folder.resolve("fieldwork-" + UUID.randomUUID() + ".lectern");
        dialogs.answers.add(fresh);
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntilOpen(fresh);

        assertEquals(List.of("Opening " + fresh.getFileName()), workShown, "the status line showed the opening");
        assertTrue(Files.exists(fresh), "the file is made");
        assertTrue(!window.model().tags().isEmpty(), "a new project starts with the default tags");
        assertEquals(0, window.model().documents().size());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void theDefaultProjectIsOpenedOnAWorkerShownInTheStatusLine(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("#menu-open-default-project");
        waitUntilOpen(AppFolders.defaultProject());

        assertEquals(List.of("Opening " + AppFolders.DEFAULT_PROJECT_NAME), workShown,
                "the status line showed the opening");
        assertEquals("Lectern — " + AppFolders.DEFAULT_PROJECT_NAME, window.stage().getTitle());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    private void waitUntilOpen(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().session().location()
                .toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
