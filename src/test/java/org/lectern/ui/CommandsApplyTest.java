package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSetup;
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
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, folder.resolve("commands-" + UUID.randomUUID() + ".lectern"), "Ana", dialogs);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(dialogs::closePanes);
        fixture.close(robot);
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

    @Test
    void withoutADocumentTheTagsAndStickyModeAreDisabledAndTheirKeysDoNothingThenADocumentEnablesThem(
            FxRobot robot) {
        assertTrue(robot.lookup("#tag-place").queryButton().isDisabled(), "no document to tag");
        assertTrue(robot.lookup("#sticky-toggle").queryAs(ToggleButton.class).isDisabled());
        robot.clickOn("Annotate");
        assertTrue(item(robot, "Annotate", "menu-5-place").isDisable(), "the tag's menu item too");
        assertTrue(item(robot, "Annotate", "menu-sticky-tag-mode").isDisable());
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#article");
        robot.type(KeyCode.DIGIT5);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.infos, "the tag key asked for no selection: there is no article to select in");
        assertEquals(null, window.model().stickyTag(), "Ctrl+T left sticky tag mode off");

        dialogs.answers.add(ARTICLE);
        robot.clickOn("File").clickOn("#menu-paste-document");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#tag-place").queryButton().isDisabled());
        robot.clickOn("#article");
        String saveState = robot.lookup("#status-saved").queryLabeled().getText();
        robot.type(KeyCode.DIGIT5);
        robot.clickOn("#tag-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), dialogs.infos, "a tag with nothing selected opens no window to close");
        assertEquals("Select a passage of the article first, then tag it.",
                robot.lookup("#status-saved").queryLabeled().getText(), "the status line says what to do");
        assertEquals(List.of(), window.model().annotations(), "and nothing was tagged");
        int start = ARTICLE.indexOf("Grey Tern");
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saveState, robot.lookup("#status-saved").queryLabeled().getText(),
                "selecting text ends the hint: the save state shows again");
        robot.interact(() -> window.article().textArea().selectRange(start, start + "Grey Tern".length()));
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Place"), window.model().annotations().stream()
                .map(a -> window.model().session().state().tag(a.tagId()).orElseThrow().name()).toList());

        robot.push(KeyCode.CONTROL, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().stickyTag() != null, "Ctrl+T turned sticky tag mode on");
        assertTrue(robot.lookup("#sticky-toggle").queryAs(ToggleButton.class).isSelected());
        robot.clickOn("Annotate");
        assertTrue(((CheckMenuItem) item(robot, "Annotate", "menu-sticky-tag-mode")).isSelected());
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#sticky-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, window.model().stickyTag(), "the palette's Sticky turned it off");
        assertFalse(robot.lookup("#sticky-toggle").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void theMoveKeysMoveOnlyTheAnalystsOwnHighlightAndAColleaguesIsLeftAsTheyMadeIt(FxRobot robot)
            throws Exception {
        openWithBensHighlight(robot);
        robot.clickOn("#article");
        robot.interact(() -> window.article().textArea().moveTo(0));
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Grey Tern", window.article().textArea().getSelectedText(), "Ben's highlight is selected");
        robot.clickOn("Annotate");
        assertTrue(item(robot, "Annotate", "menu-start-one-character-earlier").isDisable(),
                "a colleague's highlight is theirs to correct");
        assertTrue(item(robot, "Annotate", "menu-end-one-character-later").isDisable());
        robot.type(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Grey Tern"), quotes(), "Alt+→ and Alt+Shift+→ left Ben's highlight where it was");

        int start = ARTICLE.indexOf("carried rifles");
        robot.interact(() -> window.article().textArea().selectRange(start, start + "carried rifles".length()));
        robot.type(KeyCode.DIGIT4);
        robot.interact(() -> window.article().textArea().selectRange(start, start + "carried rifles".length()));
        robot.clickOn("Annotate");
        assertFalse(item(robot, "Annotate", "menu-end-one-character-later").isDisable(), "Ana's own highlight");
        robot.type(KeyCode.ESCAPE);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Grey Tern", "carried rifles."), quotes(), "Alt+Shift+→ moved the end of her own");
    }

    @Test
    void theLayerChoicesAreOfferedOnlyWhenTheDocumentHoldsAColleaguesHighlights(FxRobot robot) throws Exception {
        dialogs.answers.add(ARTICLE);
        robot.clickOn("File").clickOn("#menu-paste-document");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View");
        assertTrue(item(robot, "View", "menu-only-a-colleague-s-highlights").isDisable(), "Ana's highlights alone");
        assertTrue(item(robot, "View", "menu-only-my-highlights").isDisable());
        assertTrue(item(robot, "View", "menu-highlights-of-everyone").isDisable());
        robot.type(KeyCode.ESCAPE);

        openWithBensHighlight(robot);
        robot.clickOn("View");
        assertFalse(item(robot, "View", "menu-only-a-colleague-s-highlights").isDisable());
        dialogs.answers.add((Function<List<String>, String>) colleagues -> null); // and then cancels
        robot.clickOn("#menu-only-a-colleague-s-highlights");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View");
        assertTrue(((RadioMenuItem) item(robot, "View", "menu-highlights-of-everyone")).isSelected(),
                "a cancelled choice leaves everyone's highlights shown, and marked so");
        robot.clickOn("#menu-only-my-highlights");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View");
        assertFalse(item(robot, "View", "menu-highlights-of-everyone").isDisable(), "back to everyone's");
        robot.type(KeyCode.ESCAPE);
    }

    /** (That every key of the menus is listed, KeyboardTest checks.) */
    @Test
    void theShortcutListNamesEachTagsKeyAndWhatEachCommandsKeyDoes(FxRobot robot) {
        robot.clickOn("Help").clickOn("#menu-keyboard-shortcuts");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> lines = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> WindowFixture.shortcutLines(dialogs.panes.get(0)));
        for (String line : List.of("5 +tag as Place", "9 +tag as Source", "1–9 +tag the selection with the tag .*",
                "Ctrl\\+T +Sticky tag mode \\(Annotate\\)", "Ctrl\\+Y +Redo \\(Edit\\)",
                "F1 +Keyboard shortcuts \\(Help\\)")) {
            assertTrue(lines.stream().anyMatch(listed -> listed.matches(line)), () -> line + " in\n"
                    + String.join("\n", lines));
        }
    }

    /**
     * Opens, through File → Open project…, a project in which a colleague, Ben, highlighted "Grey Tern" in the
     * article; Ana opens it.
     */
    private void openWithBensHighlight(FxRobot robot) throws Exception {
        Path file = folder.resolve("ben-" + UUID.randomUUID() + ".lectern");
        try (var ben = ProjectSetup.open(file, "Ben")) {
            ben.perform(ben.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
            int start = ARTICLE.indexOf("Grey Tern");
            ben.perform(ben.edits().annotate(ben.state().documents().get(0).id(), start, start + "Grey Tern".length(),
                    ben.state().tags().get(4).id()));
        }
        dialogs.answers.add(file);
        robot.clickOn("File").clickOn("#menu-open-project");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.model().session().location().equals(file)
                && window.model().currentDocument().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> quotes() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window.model().annotations().stream()
                .map(a -> a.passage().quote()).sorted(java.util.Comparator.comparing(ARTICLE::indexOf)).toList());
    }

    /** The item of a menu (or of one of its submenus) with that id. */
    private static MenuItem item(FxRobot robot, String menu, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu found = bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals(menu)).findFirst()
                .orElseThrow();
        return item(found, id).orElseThrow(() -> new AssertionError("no " + id + " in " + menu));
    }

    private static java.util.Optional<MenuItem> item(Menu menu, String id) {
        for (MenuItem item : menu.getItems()) {
            if (id.equals(item.getId())) {
                return java.util.Optional.of(item);
            }
            if (item instanceof Menu sub && item(sub, id).isPresent()) {
                return item(sub, id);
            }
        }
        return java.util.Optional.empty();
    }
}
