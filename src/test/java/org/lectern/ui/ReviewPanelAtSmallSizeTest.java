package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.text.Passages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Review tab in the smallest window Lectern allows (1024×700), where its panel is a third of the width: the
 * reviewer still reads whose reading each column shows, reaches every decision without dragging a divider, and
 * can read a difference whole although the columns cut its quotes.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelAtSmallSizeTest {
    private static final String ARTICLE = "The harbour authority denied that the freighter carried rifles bound for "
            + "the northern militias. Customs records show four containers weighed twice the declared amount.";
    private static final String LONG_QUOTE = "denied that the freighter carried rifles bound for the northern militias";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage shared) {
        // A window of its own, at the smallest size: the stage the other tests share keeps its size.
        Stage stage = new Stage();
        fixture = WindowFixture.withDocument(stage, folder.resolve("small-" + UUID.randomUUID() + ".lectern"), "Ana",
                new ScriptedDialogs(), "Harbour", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        UUID document = session.state().documents().get(0).id();
        UUID claim = session.state().tagNamed("Claim").orElseThrow().id();
        UUID evidence = session.state().tagNamed("Evidence").orElseThrow().id();
        session.perform(session.edits().annotate(document, at(LONG_QUOTE), end(LONG_QUOTE), claim));
        session.perform(new Edit("Bartholomew's reading", List.of(Change.created(new Annotation(UUID.randomUUID(),
                document, Passages.of(ARTICLE, at(LONG_QUOTE), end(LONG_QUOTE)), evidence, "",
                Stamp.now("Bartholomew"))))));
        window.show();
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theColumnsAreHeadedByTheAnalystsComparedAndFollowTheChoice(FxRobot robot) {
        openReviewTab(robot);
        assertEquals(List.of("Kind", "Ana", "Bartholomew", "Decision"), headers());

        // The reviewer puts the colleague first, as they would to read the article from the colleague's side.
        choose(robot, "#review-first", "Bartholomew");
        choose(robot, "#review-second", "Ana");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kind", "Bartholomew", "Ana", "Decision"), headers());
        // Drawn whole, the longer name too, and every column still in the panel.
        TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#review-differences");
        assertEquals(List.of("Kind", "Bartholomew", "Ana", "Decision"), onFx(() -> table
                .lookupAll(".column-header .label").stream().map(node -> (Label) node)
                .filter(label -> !label.getText().isEmpty())
                .map(label -> ((javafx.scene.text.Text) label.lookup(".text")).getText()).toList()));
        double columns = onFx(() -> table.getVisibleLeafColumns().stream()
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum());
        assertTrue(columns <= table.getWidth(), columns + " px of columns in a " + table.getWidth() + " px table: "
                + onFx(() -> table.getVisibleLeafColumns().stream()
                        .map(c -> c.getText() + " " + c.getWidth() + " (at least " + c.getMinWidth() + ")").toList()));
    }

    @Test
    void everyDecisionAndTheFiguresOfTheComparisonAreInViewWithoutDraggingADivider(FxRobot robot) {
        openReviewTab(robot);
        Node panel = robot.lookup("#review-panel").query();
        for (String id : List.of("#review-first", "#review-second", "#review-differences", "#review-reason",
                "#review-summary")) {
            assertWhollyInItsPane(panel, robot.lookup(id).query(), id);
        }
        for (String button : List.of("Accept", "Reject", "Withdraw", "Amend…")) {
            assertWhollyInItsPane(panel, robot.lookup("#review-panel .button").match((Node node) ->
                    node instanceof javafx.scene.control.Button b && b.getText().equals(button)).query(), button);
        }

        Label comparedWith = robot.lookup("#review-panel .label").match((Node node) ->
                node instanceof Label label && label.getText().equals("compared with")).query();
        assertEquals("compared with", shownText(comparedWith), "the words between the two analysts are whole");
        for (String list : List.of("#review-first", "#review-second")) {
            Node combo = robot.lookup(list).query();
            // The list's own button cell, which shows the analyst chosen (not a cell of its closed popup).
            javafx.scene.control.ListCell<?> chosen = onFx(() -> combo.lookupAll(".list-cell").stream()
                    .filter(cell -> cell.getParent() == combo).map(cell -> (javafx.scene.control.ListCell<?>) cell)
                    .findFirst().orElseThrow());
            assertTrue(List.of("Ana", "Bartholomew").contains(chosen.getText()), "an analyst is chosen in " + list);
            assertEquals(chosen.getText(), shownText(chosen), "the analyst chosen in " + list + " is named whole");
        }
        Label summary = robot.lookup("#review-summary").query();
        assertTrue(onFx(() -> summary.getHeight() >= summary.prefHeight(summary.getWidth()) - 0.5),
                "the figures of the comparison are shown on as many lines as they need: " + summary.getText());
    }

    @Test
    void theAgreementFiguresHaveAPageOfTheirOwnWithRoomForSeveralRows(FxRobot robot) {
        openReviewTab(robot);
        robot.clickOn(robot.lookup("#review-pages .tab-label").match((Node node) ->
                node instanceof Label label && label.getText().equals("Agreement")).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> agreement = robot.lookup("#agreement-table").queryAs(TableView.class);
        double rowHeight = onFx(() -> agreement.lookup(".table-row-cell").getLayoutBounds().getHeight());
        double header = onFx(() -> agreement.lookup(".column-header-background").getLayoutBounds().getHeight());
        assertTrue(onFx(() -> agreement.isVisible() && agreement.getHeight() - header >= 3 * rowHeight),
                "at 1024×700 the agreement table shows three rows or more under its header: "
                        + agreement.getHeight() + " px, rows of " + rowHeight);
        assertEquals(List.of("Claim", "Evidence", "All tags"), ReviewModeTest.column(agreement, "Tag").subList(0, 3),
                "a row for each tag either analyst used, and one for all tags");
        for (Node heading : onFx(() -> List.copyOf(agreement.lookupAll(".column-header .label")))) {
            Label label = (Label) heading;
            assertEquals(label.getText(), shownText(label), "the heading is shown whole");
        }
    }

    @Test
    void aDifferenceCutShortInItsRowIsReadWholeInTheRowsTooltip(FxRobot robot) throws Exception {
        openReviewTab(robot);
        TableCell<?, ?> side = robot.lookup("#review-differences .table-cell").match((Node node) ->
                node instanceof TableCell<?, ?> cell && cell.getText() != null
                        && cell.getText().startsWith("“denied")).query();
        assertTrue(shownText(side).endsWith(side.getEllipsisString()), "the quote is cut in its column: "
                + shownText(side));

        robot.moveTo(side);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip() != null);
        String tooltip = onFx(() -> shownTooltip().getText());
        assertEquals("other tag\nAna: “" + LONG_QUOTE + "” · Claim\nBartholomew: “" + LONG_QUOTE + "” · Evidence",
                tooltip);
    }

    /** Opens the list of analysts and clicks one, as the reviewer does. */
    private static void choose(FxRobot robot, String list, String analyst) {
        robot.clickOn(list);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Node node) ->
                node instanceof javafx.scene.control.ListCell<?> cell && analyst.equals(cell.getText())).<Node>query());
    }

    private void openReviewTab(FxRobot robot) {
        robot.clickOn(robot.lookup("#panels .tab-label").match((Node node) ->
                node instanceof Label label && label.getText().equals("Review")).<Node>query());
        ReviewModeTest.waitForFigures(robot, window);
    }

    private List<String> headers() {
        TableView<?> table = (TableView<?>) window.stage().getScene().lookup("#review-differences");
        return onFx(() -> table.getColumns().stream().map(javafx.scene.control.TableColumn::getText).toList());
    }

    /** What a label or cell shows on the screen: its text, or that text cut short with "…". */
    private static String shownText(javafx.scene.control.Labeled labeled) {
        return onFx(() -> ((javafx.scene.text.Text) labeled.lookup(".text")).getText());
    }

    /**
     * The node lies within the pane of the Review panel that holds it: a pane too low for what it holds lets its
     * foot run under the next pane, out of sight.
     */
    private static void assertWhollyInItsPane(Node panel, Node node, String what) {
        Node pane = onFx(() -> paneOf(node, panel));
        Bounds area = onFx(() -> pane.localToScreen(pane.getLayoutBounds()));
        Bounds bounds = onFx(() -> node.localToScreen(node.getLayoutBounds()));
        assertTrue(onFx(node::isVisible) && area.getHeight() > 0 && area.contains(bounds),
                what + " lies wholly within its pane of the Review panel: " + bounds + " in " + area);
    }

    /** The pane of a split pane that holds the node, or the whole panel when none does. */
    private static Node paneOf(Node node, Node panel) {
        for (Node at = node; at != null && at != panel; at = at.getParent()) {
            if (at.getParent() != null && at.getParent().getParent() instanceof javafx.scene.control.SplitPane split
                    && split.getItems().contains(at)) {
                return at;
            }
        }
        return panel;
    }

    private static Tooltip shownTooltip() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing()).map(w -> (Tooltip) w).findFirst().orElse(null));
    }

    private static int at(String quote) {
        return ARTICLE.indexOf(quote);
    }

    private static int end(String quote) {
        return at(quote) + quote.length();
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, work);
    }
}
