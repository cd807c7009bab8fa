package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-run guide: shown until dismissed, names the project file, closes on "Got it", and comes back from Help. */
@ExtendWith(ApplicationExtension.class)
class GettingStartedTest {
    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private AnalystPreferences preferences;
    private Preferences preferencesNode;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("guide-" + UUID.randomUUID() + ".lectern");
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        preferences = new AnalystPreferences(preferencesNode);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        window = new MainWindow(stage, preferences, dialogs);
        assertTrue(window.openProject(projectFile, "Ana"), () -> "project opened: " + dialogs.errors);
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        preferencesNode.removeNode();
    }

    @Test
    void aNewWindowHasNoGuideUntilAskedFor(FxRobot robot) {
        assertTrue(robot.lookup("#" + GettingStarted.ID).tryQuery().isEmpty(), "MainWindow alone shows no guide");
        assertFalse(preferences.gettingStartedSeen());
    }

    @Test
    void firstRunShowsTheGuideWithTheProjectPathAndGotItClosesItForGood(FxRobot robot) {
        robot.interact(() -> GettingStarted.showIfNotSeen(window));

        GettingStarted guide = robot.lookup("#" + GettingStarted.ID).queryAs(GettingStarted.class);
        assertTrue(guide.isVisible());
        assertSame(guide, root().getRight(), "a side panel in the window, not a dialog");
        Label path = robot.lookup("#getting-started-project").queryAs(Label.class);
        assertEquals(projectFile.toAbsolutePath().toString(), path.getText());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("press a key 1–9")), "tells how to tag");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("File → Export…")), "tells how to export");

        robot.clickOn("#getting-started-got-it");

        assertNull(root().getRight(), "closed");
        assertTrue(robot.lookup("#" + GettingStarted.ID).tryQuery().isEmpty());
        assertTrue(preferences.gettingStartedSeen(), "remembered");
        assertTrue(new AnalystPreferences(preferencesNode).gettingStartedSeen(), "stored in the preferences node");

        robot.interact(() -> GettingStarted.showIfNotSeen(window));
        assertNull(root().getRight(), "not shown again at the next start");
    }

    @Test
    void helpMenuShowsTheGuideAgainAndItFollowsTheOpenProject(FxRobot robot) {
        preferences.setGettingStartedSeen(true);

        robot.clickOn("Help").clickOn("#menu-getting-started");

        assertTrue(root().getRight() instanceof GettingStarted, "Help → Getting started shows it");
        robot.interact(() -> GettingStarted.show(window));
        assertEquals(1, robot.lookup("#" + GettingStarted.ID).queryAll().size(), "asking twice keeps one guide");

        Path other = folder.resolve("other-" + UUID.randomUUID() + ".lectern");
        robot.interact(() -> assertTrue(window.openProject(other, "Ana")));
        assertEquals(other.toAbsolutePath().toString(),
                robot.lookup("#getting-started-project").queryAs(Label.class).getText());
    }

    private BorderPane root() {
        return (BorderPane) window.stage().getScene().getRoot();
    }
}
