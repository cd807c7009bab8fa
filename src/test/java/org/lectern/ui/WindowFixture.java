package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.lectern.service.AnalystPreferences;
import org.testfx.api.FxRobot;

/**
 * Lectern's window on a project, as a GUI test starts it: with preferences of its own, never the user's, which
 * {@link #close} removes with the window.
 */
record WindowFixture(MainWindow window, Preferences preferences) {

    /** The window on {@code project}, opened by {@code analyst}; not shown yet, so the test can fill it first. */
    static WindowFixture open(Stage stage, Path project, String analyst, ScriptedDialogs dialogs) {
        Preferences preferences = Preferences.userRoot().node("lectern-test-" + UUID.randomUUID());
        MainWindow window = new MainWindow(stage, new AnalystPreferences(preferences), dialogs);
        assertTrue(window.openProject(project, analyst), () -> "project opened: " + dialogs.errors);
        return new WindowFixture(window, preferences);
    }

    /** The window on a new project holding one document, {@code title} with {@code text}; not shown yet. */
    static WindowFixture withDocument(Stage stage, Path project, String analyst, ScriptedDialogs dialogs, String title,
            String text) {
        WindowFixture fixture = open(stage, project, analyst, dialogs);
        var session = fixture.window().model().session();
        session.perform(session.edits().addDocument(title, org.lectern.model.DocumentMetadata.EMPTY, text));
        return fixture;
    }

    /**
     * Waits until a long document has come into the article whole: it comes a slice per frame, its highlights'
     * styles worked out on a worker meanwhile.
     */
    static void awaitArticleFilledIn(MainWindow window) throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.article().isFilling()).get());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** The row of the list of documents showing the document at {@code index}, to click as the analyst does. */
    static javafx.scene.Node documentRow(FxRobot robot, int index) {
        return robot.lookup("#document-list .list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?>
                cell && cell.getItem() != null && cell.getIndex() == index).query();
    }

    /** Clicks the document's row in the list of documents, as the analyst does. */
    static void chooseDocument(FxRobot robot, MainWindow window, String title) {
        int index = window.model().documents().stream().map(org.lectern.model.Document::title).toList().indexOf(title);
        robot.clickOn(documentRow(robot, index));
    }

    /** Clicks the tab of the side panels titled {@code title}, as the analyst does. */
    static void clickTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup("#panels .tab-label").match((javafx.scene.Node node) ->
                node instanceof javafx.scene.control.Label label && label.getText().equals(title))
                .<javafx.scene.Node>query());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the row at {@code index} of a table or list, brought into view first as a scroll would. */
    static void clickRow(FxRobot robot, javafx.scene.control.Control rows, int index) {
        robot.interact(() -> {
            if (rows instanceof javafx.scene.control.TableView<?> table) {
                table.scrollTo(index);
            } else if (rows instanceof javafx.scene.control.ListView<?> list) {
                list.scrollTo(index);
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(rows).lookup(".indexed-cell").match((javafx.scene.Node node) ->
                (node instanceof javafx.scene.control.TableRow<?> row && row.getIndex() == index && !row.isEmpty())
                        || (node instanceof javafx.scene.control.ListCell<?> cell && cell.getIndex() == index
                        && !cell.isEmpty())).<javafx.scene.Node>query());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The keyboard shortcuts (F1) as the window draws them: each row's key and what it does, as "key  action";
     * the headings as they are. Read on the FX thread.
     */
    static java.util.List<String> shortcutLines(javafx.scene.Node sheet) {
        var grid = (javafx.scene.layout.GridPane) ((javafx.scene.control.ScrollPane) sheet).getContent();
        java.util.Map<Integer, String> rows = new java.util.TreeMap<>();
        for (javafx.scene.Node node : grid.getChildren()) {
            String text = ((javafx.scene.control.Label) node).getText();
            Integer row = javafx.scene.layout.GridPane.getRowIndex(node);
            rows.merge(row == null ? 0 : row, text, (key, action) -> key + "  " + action);
        }
        return java.util.List.copyOf(rows.values());
    }

    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> window.stage().close());
        preferences.removeNode();
    }
}
