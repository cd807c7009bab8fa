package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/** The window's keys as an analyst uses them: Tab walks the fields, Alt+letter opens a menu, F1 lists every key. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    static final String ARTICLE = "Customs records seen by this paper show four containers weighed twice the declared amount.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, folder.resolve("keys-" + UUID.randomUUID() + ".lectern"),
                "Ana", dialogs, "Customs", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        var document = session.state().documents().get(0).id();
        session.perform(session.edits().newEvidenceFromSelection(document, 0, "Customs records".length()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(dialogs::closePanes);
        fixture.close(robot);
    }

    private Node focusOwner() {
        return window.stage().getScene().getFocusOwner();
    }

    private TextArea description(FxRobot robot) {
        robot.clickOn("#tab-evidence");
        TableView<?> table = robot.lookup("#evidence-table").queryAs(TableView.class);
        Node firstRow = robot.from(table).lookup(".table-row-cell")
                .match(node -> node instanceof TableRow<?> row && row.getIndex() == 0).query();
        robot.clickOn(firstRow);
        TextArea description = robot.lookup("#evidence-description").queryAs(TextArea.class);
        robot.clickOn(description);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("weighbridge");
        WaitForAsyncUtils.waitForFxEvents();
        return description;
    }

    @Test
    void tabInADescriptionMovesToTheNextFieldAndTypesNothing(FxRobot robot) {
        TextArea description = description(robot);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(description, focusOwner(), "the focus moved on");
        assertEquals("weighbridge", description.getText(), "no tab character typed");

        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(description, focusOwner(), "Shift+Tab comes back");
        assertEquals("weighbridge", description.getText());
    }

    @Test
    void ctrlTabInADescriptionTypesATabAndStays(FxRobot robot) {
        TextArea description = description(robot);
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        robot.write("records");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(description, focusOwner());
        assertEquals("weighbridge\trecords", description.getText());
    }

    @Test
    void tabLeavesTheArticle(FxRobot robot) {
        robot.clickOn("#article");
        Node article = focusOwner();
        assertEquals("article", article.getId());
        String text = window.article().textArea().getText();
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(article, focusOwner(), "the focus moved on");
        assertEquals(text, window.article().textArea().getText(), "the article is unchanged");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(article, focusOwner(), "Shift+Tab comes back");
    }

    @Test
    void altFOpensTheFileMenu(FxRobot robot) {
        robot.clickOn("#article");
        robot.push(KeyCode.ALT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        Menu file = menuBar(robot).getMenus().get(0);
        assertEquals("File", file.getText().replace("_", ""));
        assertTrue(file.isShowing(), "Alt+F shows the File menu");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void aTagNamedWithAnUnderscoreKeepsItInTheAnnotateMenu(FxRobot robot) {
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.tagEdits().add("needs_check", "#336699"));
        });
        robot.clickOn("#article");
        robot.push(KeyCode.ALT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menuBar(robot).getMenus().get(3).isShowing(), "Alt+A shows the Annotate menu");
        // The text drawn, not the item's: a mnemonic mark would be dropped from the drawn text only.
        assertFalse(robot.lookup((Node node) -> node instanceof javafx.scene.text.Text text
                && "needs_check".equals(text.getText())).queryAll().isEmpty(), "the tag's name is shown as written");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void everyMenuKeyAndEveryKeyOfTheWindowIsInTheF1List(FxRobot robot) {
        robot.clickOn("#article");
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.panes.size(), "F1 shows the list");
        List<String> lines = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> WindowFixture.shortcutLines(dialogs.panes.get(0)));
        Set<String> listed = lines.stream()
                .map(line -> line.split(" {2,}", 2)[0].strip()).collect(Collectors.toSet());

        List<String> accelerators = new ArrayList<>();
        for (Menu menu : menuBar(robot).getMenus()) {
            accelerators(menu, accelerators);
        }
        assertTrue(accelerators.size() >= 20, () -> "the menus hold their shortcuts: " + accelerators);
        for (String key : accelerators) {
            assertTrue(listed.contains(key), () -> key + " is missing from " + listed);
        }
        for (String key : List.of("1–9", "Tab", "Shift+Tab", "Ctrl+Tab", "Enter", "Shift+Enter", "Escape",
                "A", "R", "M", "Right-click")) {
            assertTrue(listed.contains(key), () -> key + " is missing from " + listed);
        }
        assertFalse(String.join("\n", lines).contains("_"), "no mnemonic marks in the list");
    }

    private static void accelerators(Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                accelerators(sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText());
            }
        }
    }

    private static MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }
}
