package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.AnalystPreferences;
import org.lectern.service.ProjectSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Your name… changes the name on what the analyst makes from now on; what was made before keeps its own. */
@ExtendWith(ApplicationExtension.class)
class AnalystNameTest {
    static final String ARTICLE = "Customs records seen by this paper show four containers weighed twice the declared amount.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private Preferences preferencesNode;
    private Path file;

    @Start
    void start(Stage stage) {
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        AnalystPreferences preferences = new AnalystPreferences(preferencesNode);
        preferences.setAnalyst("Ana");
        dialogs = new ScriptedDialogs();
        window = new MainWindow(stage, preferences, dialogs);
        file = folder.resolve("name-" + UUID.randomUUID() + ".lectern");
        assertTrue(window.openProject(file, "Ana"));
        var session = window.model().session();
        session.perform(session.edits().addDocument("Customs", DocumentMetadata.EMPTY, ARTICLE));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        preferencesNode.removeNode();
    }

    private void tag(FxRobot robot, String phrase) {
        robot.clickOn("#article");
        int start = ARTICLE.indexOf(phrase);
        robot.interact(() -> window.article().textArea().selectRange(start, start + phrase.length()));
        robot.push(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> authorsInTheFile() throws Exception {
        robot().interact(() -> window.stage().close());
        try (var reopened = ProjectSetup.open(file, "someone else")) {
            return reopened.state().annotationsOf(reopened.state().documents().get(0).id()).stream()
                    .map(Annotation::stamp).map(stamp -> stamp.author()).toList();
        }
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @Test
    void aNewNameStandsOnNewWorkAndTheOldWorkKeepsItsName(FxRobot robot) throws Exception {
        tag(robot, "Customs records");
        dialogs.answers.add("Ana Reyes");
        robot.clickOn("File").clickOn("#menu-your-name");
        WaitForAsyncUtils.waitForFxEvents();
        tag(robot, "four containers");

        assertEquals("Ana Reyes", new AnalystPreferences(preferencesNode).analyst().orElseThrow(),
                "remembered for the next start");
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label label
                && label.getText().contains("analyst: Ana Reyes")).tryQuery().isPresent(), "the status line names her");
        assertEquals(List.of("Ana", "Ana Reyes"), authorsInTheFile());
    }

    @Test
    void anEmptyNameIsRefusedAndTheNameStays(FxRobot robot) throws Exception {
        dialogs.answers.add("   ");
        robot.clickOn("File").clickOn("#menu-your-name");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialogs.errors.isEmpty(), "told why");
        tag(robot, "four containers");
        assertEquals("Ana", new AnalystPreferences(preferencesNode).analyst().orElseThrow());
        assertEquals(List.of("Ana"), authorsInTheFile());
    }
}
