package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window reads well at the smallest size it allows and in a wide one. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutAtSizeTest {
    /** Wire-style paragraphs: one line each in the file, no blank line between them. */
    private static final String FIRST = "Harbour officials on Tuesday denied reports that a shipment of weapons had "
            + "passed through the eastern container terminal last month, saying that every vessel that docked there "
            + "had been inspected and that the manifests listed only grain, fertiliser and machine parts for the "
            + "farms inland, as they had for many years before.";
    private static final String SECOND = "Inspector Lena Moss said the manifest of the Northern Star listed only grain.";
    private static final String ARTICLE = FIRST + "\n" + SECOND;

    @TempDir
    static java.nio.file.Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage shared) {
        // A window of its own: the sizes tried here leave the stage the other tests share alone.
        Stage stage = new Stage();
        java.nio.file.Path projectFile = folder.resolve("layout-" + UUID.randomUUID() + ".lectern");
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana", new ScriptedDialogs(), "Harbour", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theWindowCannotBeMadeSmallerThanUsable(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setWidth(600);
            window.stage().setHeight(400);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1024, window.stage().getMinWidth());
        assertEquals(700, window.stage().getMinHeight());
    }

    @Test
    void atTheSmallestSizeEveryTableOfTheSidePanelsShowsSeveralRows(FxRobot robot) {
        resize(robot, 1024, 700);
        TabPane panels = (TabPane) window.stage().getScene().lookup("#panels");
        double rowHeight = onFx(() -> new javafx.scene.control.TableRow<>().prefHeight(-1));
        Bounds panelsBounds = onFx(() -> panels.localToScreen(panels.getLayoutBounds()));
        for (Tab tab : List.copyOf(panels.getTabs())) {
            Node header = onFx(() -> panels.lookupAll(".tab").stream()
                    .filter(node -> node.lookup(".tab-label") instanceof javafx.scene.control.Label label
                            && label.getText().equals(tab.getText()))
                    .findFirst().orElseThrow());
            Bounds headerBounds = onFx(() -> header.localToScreen(header.getLayoutBounds()));
            assertTrue(headerBounds.getMaxX() <= panelsBounds.getMaxX() - 20,
                    "the " + tab.getText() + " tab is wholly shown beside the others: " + headerBounds);
            robot.clickOn(header);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(tab.isSelected(), tab.getText() + " is shown");
            List<TableView<?>> tables = onFx(() -> shownTables(tab.getContent()));
            assertFalse(tables.isEmpty(), tab.getText() + " has a table");
            for (TableView<?> table : tables) {
                double columnHeader = onFx(() -> table.lookup(".column-header-background").getLayoutBounds().getHeight());
                double body = table.getHeight() - columnHeader;
                assertTrue(body >= 3 * Math.max(rowHeight, 24), tab.getText() + ": a table with room for "
                        + body + " px of rows under its header (three rows need " + 3 * Math.max(rowHeight, 24) + ")");
            }
        }
    }

    @Test
    void atTheSmallestSizeEveryColumnHeadingOfTheSidePanelsReadsWhole(FxRobot robot) {
        resize(robot, 1024, 700);
        TabPane panels = (TabPane) window.stage().getScene().lookup("#panels");
        for (Tab tab : List.copyOf(panels.getTabs())) {
            robot.clickOn(onFx(() -> panels.lookupAll(".tab-label").stream()
                    .filter(node -> ((javafx.scene.control.Label) node).getText().equals(tab.getText()))
                    .findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> shown = onFx(() -> shownTables(tab.getContent()).stream()
                    .flatMap(table -> table.lookupAll(".column-header .label").stream())
                    .map(node -> (javafx.scene.control.Label) node)
                    .filter(label -> !label.getText().isEmpty())
                    .map(label -> label.getText() + " shown as " + ((javafx.scene.text.Text) label.lookup(".text"))
                            .getText())
                    .toList());
            assertFalse(shown.isEmpty(), tab.getText() + " has column headings");
            for (String heading : shown) {
                String[] parts = heading.split(" shown as ", 2);
                assertEquals(parts[0], parts[1], tab.getText() + ": a column heading cut short");
            }
            // Every column in view side by side, none pushed off the panel's right edge out of sight.
            List<String> beyondTheEdge = onFx(() -> shownTables(tab.getContent()).stream()
                    .flatMap(table -> table.getVisibleLeafColumns().stream()
                            .filter(column -> columnRight(table, column) > table.getWidth() + 1)
                            .map(column -> column.getText() + " ends at " + columnRight(table, column) + " of "
                                    + table.getWidth() + " px"))
                    .toList());
            assertEquals(List.of(), beyondTheEdge, tab.getText() + ": columns out of view");
        }
    }

    @Test
    void inAWideWindowLinesStayAReadableLengthInAColumnInTheMiddle(FxRobot robot) {
        resize(robot, 1920, 1080);
        robot.interact(() -> window.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> lineTops = lineTopsOf(0, FIRST.length());
        double charactersPerLine = (double) FIRST.length() / lineTops.size();
        assertTrue(charactersPerLine <= 80, "about " + charactersPerLine + " characters a line");
        assertTrue(charactersPerLine >= 50, "about " + charactersPerLine + " characters a line");

        Bounds area = onFx(() -> area().localToScreen(area().getLayoutBounds()));
        double left = onFx(() -> area().getCharacterBoundsOnScreen(0, 1).orElseThrow().getMinX()) - area.getMinX();
        double right = area.getMaxX() - onFx(() -> widestLineRight(FIRST.length()));
        assertTrue(left > 100, "a margin left of the text: " + left);
        assertTrue(right > 100, "a margin right of the text: " + right);
        assertTrue(Math.abs(left - right) < 0.25 * (left + right),
                "the column lies in the middle: " + left + " px left, " + right + " px right");
    }

    @Test
    void paragraphsAreSetApartByMoreThanTheSpaceBetweenTheirLines(FxRobot robot) {
        resize(robot, 1024, 700);
        List<Double> lineTops = lineTopsOf(0, FIRST.length());
        assertTrue(lineTops.size() >= 2, "the first paragraph wraps: " + lineTops);
        double lineStep = lineTops.get(1) - lineTops.get(0);
        double nextParagraph = onFx(() -> area().getCharacterBoundsOnScreen(FIRST.length() + 1, FIRST.length() + 2)
                .orElseThrow().getMinY());
        double paragraphStep = nextParagraph - lineTops.get(lineTops.size() - 1);
        assertTrue(paragraphStep - lineStep >= 8, "a paragraph starts " + paragraphStep
                + " px below the last line of the one before, lines within it are " + lineStep + " px apart");
    }

    @Test
    void anArticleWhoseBlankLinesSeparateItsParagraphsIsNotSpacedTwiceOver(FxRobot robot) {
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.edits().addDocument("Wire copy", DocumentMetadata.EMPTY,
                    FIRST + "\n\n" + SECOND));
        });
        robot.clickOn("Wire copy");
        resize(robot, 1024, 700);
        assertTrue(window.model().currentDocument().orElseThrow().title().equals("Wire copy"), "the wire copy shown");
        List<Double> lineTops = lineTopsOf(0, FIRST.length());
        double lineStep = lineTops.get(1) - lineTops.get(0);
        int second = FIRST.length() + 2;
        double nextParagraph = onFx(() -> area().getCharacterBoundsOnScreen(second, second + 1)
                .orElseThrow().getMinY());
        double paragraphStep = nextParagraph - lineTops.get(lineTops.size() - 1);
        // One blank line between them, and no gap added on top of it (nor on the blank line itself).
        assertTrue(paragraphStep <= 2 * lineStep + 3, "the next paragraph starts " + paragraphStep
                + " px below the last line of the one before; lines are " + lineStep + " px apart");
        assertTrue(paragraphStep >= 2 * lineStep - 3, "the blank line still shows: " + paragraphStep);
    }

    @Test
    void linesLeaveRoomForThreeUnderlineLanesBeforeTheNextLine(FxRobot robot) {
        resize(robot, 1024, 700);
        List<Double> lineTops = lineTopsOf(0, FIRST.length());
        double lineHeight = onFx(() -> {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(FIRST);
            probe.setFont(((javafx.scene.text.Text) area().lookup(".text")).getFont());
            return probe.getLayoutBounds().getHeight();
        });
        double gap = lineTops.get(1) - lineTops.get(0) - lineHeight;
        // The third lane lies 2 × 3 px below the first, drawn 2 px thick, 2.5 px above the line box's bottom.
        assertTrue(gap >= 7, "between one line's box and the next: " + gap + " px");
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The top of each wrapped line of a range, found character by character. */
    private List<Double> lineTopsOf(int from, int to) {
        return onFx(() -> {
            List<Double> tops = new ArrayList<>();
            for (int i = from; i < to; i++) {
                double top = area().getCharacterBoundsOnScreen(i, i + 1).orElseThrow().getMinY();
                if (tops.isEmpty() || top > tops.get(tops.size() - 1) + 2) {
                    tops.add(top);
                }
            }
            return tops;
        });
    }

    private double widestLineRight(int to) {
        double right = 0;
        for (int i = 0; i < to; i++) {
            right = Math.max(right, area().getCharacterBoundsOnScreen(i, i + 1).orElseThrow().getMaxX());
        }
        return right;
    }

    /** Where a column's right edge lies across its table: the widths of the columns before it and its own. */
    private static double columnRight(TableView<?> table, javafx.scene.control.TableColumn<?, ?> column) {
        double right = table.snappedLeftInset();
        for (var each : table.getVisibleLeafColumns()) {
            right += each.getWidth();
            if (each == column) {
                break;
            }
        }
        return right;
    }

    private static List<TableView<?>> shownTables(Node node) {
        List<TableView<?>> found = new ArrayList<>();
        if (node == null || !node.isVisible()) {
            return found;
        }
        if (node instanceof TableView<?> table) {
            found.add(table);
        } else if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(shownTables(child));
            }
        }
        return found;
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
