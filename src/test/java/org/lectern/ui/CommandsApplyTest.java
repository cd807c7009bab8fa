package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Menu items, buttons and keys are offered only when their command can run, and then they run. */
@ExtendWith(ApplicationExtension.class)
class CommandsApplyTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment

            The harbour authority denied on Monday that the freighter Grey Tern carried rifles.""";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private Preferences preferencesNode;

    @Start
    void start(Stage stage) {
        preferencesNode = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        dialogs = new ScriptedDialogs();
        window = new MainWindow(stage, new AnalystPreferences(preferencesNode), dialogs);
        assertTrue(window.openProject(folder.resolve("commands-" + UUID.randomUUID() + ".lectern"), "Ana"),
                () -> "project opened: " + dialogs.errors);
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        preferencesNode.removeNode();
    }

    @Test
    void aProjectWithoutDocumentsOffersNoExportNorRemovalAndItsKeysDoNothing(FxRobot robot) {
        robot.clickOn("File");
        assertTrue(item(robot, "File", "menu-export").isDisable(), "nothing to export");
        assertTrue(item(robot, "File", "menu-remove-document").isDisable(), "no document to remove");
        assertTrue(item(robot, "File", "menu-document-details").isDisable());
        assertFalse(item(robot, "File", "menu-paste-document").isDisable(), "a document can be added");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Edit");
        assertTrue(item(robot, "Edit", "menu-undo").isDisable(), "nothing to undo");
        assertTrue(item(robot, "Edit", "menu-redo").isDisable(), "nothing to redo");
        assertTrue(item(robot, "Edit", "menu-find-in-article").isDisable(), "no article to search");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("View");
        assertTrue(item(robot, "View", "menu-next-highlight").isDisable(), "no highlight to step to");
        robot.type(KeyCode.ESCAPE);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.exportFolders, "Ctrl+E asked nothing");
        assertEquals(List.of(), dialogs.infos, "Ctrl+Shift+C with nothing to make a claim from said nothing");
        assertEquals(0, window.model().claims().size());
    }

    @Test
    void addingADocumentEnablesExportRemovalAndUndoWhichTakesItBack(FxRobot robot) {
        dialogs.answers.add(ARTICLE);
        robot.clickOn("File").clickOn("#menu-paste-document");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.model().documents().size());

        robot.clickOn("File");
        assertFalse(item(robot, "File", "menu-export").isDisable());
        assertFalse(item(robot, "File", "menu-remove-document").isDisable());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Edit");
        MenuItem undo = item(robot, "Edit", "menu-undo");
        assertFalse(undo.isDisable());
        assertTrue(undo.getText().startsWith("Undo Add"), undo.getText());
        robot.type(KeyCode.ESCAPE);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, window.model().documents().size(), "Ctrl+Z took the document back");
        robot.clickOn("File");
        assertTrue(item(robot, "File", "menu-export").isDisable());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("Edit");
        assertFalse(item(robot, "Edit", "menu-redo").isDisable(), "and it can be redone");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void deleteClaimIsOfferedOnlyForAChosenClaimAndTheDeleteKeyOnlyOnAHighlight(FxRobot robot) {
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.edits().addDocument("Harbour", org.lectern.model.DocumentMetadata.EMPTY, ARTICLE));
        });
        robot.clickOn("Claims");
        Button delete = robot.lookup("#claim-delete").queryButton();
        assertTrue(delete.isDisabled(), "no claim chosen");

        robot.interact(() -> window.article().textArea().moveTo(0));
        robot.clickOn(window.article().textArea());
        robot.interact(() -> window.article().textArea().moveTo(0));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ARTICLE, window.model().currentDocument().orElseThrow().text());
        assertEquals(List.of(), dialogs.infos);

        int start = ARTICLE.indexOf("the freighter Grey Tern carried rifles");
        robot.interact(() -> window.article().textArea().selectRange(start,
                start + "the freighter Grey Tern carried rifles".length()));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.model().claims().size());
        assertFalse(delete.isDisabled(), "the new claim is chosen in its panel");

        robot.clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0, window.model().claims().size());
        assertTrue(delete.isDisabled());
    }

    private static MenuItem item(FxRobot robot, String menu, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu found = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(menu)).findFirst()
                .orElseThrow();
        return found.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + menu));
    }
}
