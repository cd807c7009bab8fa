package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.BundledSample;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.AppFolders;
import org.lectern.store.HalfMadeProjects;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Lectern starts on its default project even when a crash left that file unfinished, and says what it did. */
@ExtendWith(ApplicationExtension.class)
class UnfinishedDefaultProjectWindowTest {
    @TempDir
    static Path dataHome;

    private String previousDataHome;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private Preferences preferencesNode;
    private boolean opened;

    @Start
    void start(Stage stage) throws Exception {
        previousDataHome = System.getProperty(AppFolders.DATA_HOME_PROPERTY);
        System.setProperty(AppFolders.DATA_HOME_PROPERTY, dataHome.toString());
        HalfMadeProjects.onlyMigrationHistory(AppFolders.defaultProject());
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        dialogs = new ScriptedDialogs();
        window = new MainWindow(stage, new AnalystPreferences(preferencesNode), dialogs);
        opened = window.openProject(AppFolders.defaultProject(), "Ana");
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        preferencesNode.removeNode();
        if (previousDataHome == null) {
            System.clearProperty(AppFolders.DATA_HOME_PROPERTY);
        } else {
            System.setProperty(AppFolders.DATA_HOME_PROPERTY, previousDataHome);
        }
    }

    @Test
    void theWindowOpensAFreshDefaultProjectAndTellsWhereTheUnfinishedOneWent(FxRobot robot) throws Exception {
        assertTrue(opened, () -> "the default project opened: " + dialogs.errors);
        assertEquals(List.of(), dialogs.errors, "no refusal");
        assertEquals("Lectern — default.lectern", window.stage().getTitle());
        assertEquals(List.of(BundledSample.articleTitle()),
                window.model().documents().stream().map(d -> d.title()).toList(), "with the sample, as on a first start");

        assertEquals(1, dialogs.infos.size(), "one note: " + dialogs.infos);
        String note = dialogs.infos.get(0);
        List<String> setAside;
        try (var files = Files.list(dataHome)) {
            setAside = files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".unfinished-")).toList();
        }
        assertEquals(1, setAside.size(), setAside.toString());
        assertTrue(note.contains("set aside as " + setAside.get(0)), note);
        assertTrue(note.contains("a new default project has been made"), note);
    }
}
