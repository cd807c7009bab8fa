package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Evidence;
import org.lectern.model.Grade;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Claim × evidence matrix: the analyst sees at a glance which evidence bears on which claim and how, in a
 * window beside the article that follows every edit, and goes from a cell to the evidence it names.
 */
@ExtendWith(ApplicationExtension.class)
class MatrixWindowTest {
    private static final String ARTICLE = "Officials said the freighter carried rifles. The manifest lists grain only. "
            + "Four containers weighed twice the declared amount. The harbour master said the seals were broken.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.open(stage, folder.resolve("matrix-" + UUID.randomUUID() + ".lectern"), "Ana",
                new ScriptedDialogs());
        window = fixture.window();
        ProjectSession session = window.model().session();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        UUID document = session.state().documents().get(0).id();
        UUID rifles = claim(session, document, "the freighter carried rifles");
        UUID seals = claim(session, document, "the seals were broken");
        UUID manifest = evidence(session, document, "The manifest lists grain only", "B2");
        UUID weights = evidence(session, document, "Four containers weighed twice the declared amount", "A1");
        UUID master = evidence(session, document, "The harbour master said", "C3");
        session.perform(session.edits().link(manifest, rifles, Stance.REFUTES, Strength.STRONG));
        session.perform(session.edits().link(weights, rifles, Stance.SUPPORTS, Strength.MODERATE));
        session.perform(session.edits().link(master, seals, Stance.SUPPORTS, Strength.WEAK));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theMatrixShowsEachLinkInItsCellAndEachClaimsTally(FxRobot robot) {
        robot.clickOn("View").clickOn("#menu-claim-evidence-matrix");
        TableView<?> table = matrixTable(robot);

        assertEquals(List.of("Claim", "For · against", "E1 · B2", "E2 · A1", "E3 · C3"), headers(table));
        // Written out by hand from the links made above: E1 refutes C1 strongly, E2 supports it, E3 supports C2.
        assertEquals(List.of(
                List.of("C1  the freighter carried rifles", "1 for · 1 against", "\u2212 strong", "+ moderate", ""),
                List.of("C2  the seals were broken", "1 for · 0 against", "", "", "+ weak")), shown(robot, table));
    }

    @Test
    void theMatrixFollowsAnUndoInTheMainWindow(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);
        TableView<?> table = matrixTable(robot);
        assertEquals("+ weak", shown(robot, table).get(1).get(4));

        // Back in the main window, the analyst takes back the last link (E3 supports C2).
        robot.interact(() -> window.stage().requestFocus());
        robot.clickOn(window.article().textArea());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("C2  the seals were broken", "none", "", "", ""), shown(robot, table).get(1));
        assertEquals("1 for · 1 against", shown(robot, table).get(0).get(1), "the other claim's row is as it was");
    }

    @Test
    void choosingACellShowsItsEvidenceInTheMainWindowAndEscapeClosesTheMatrix(FxRobot robot) {
        robot.clickOn("View").clickOn("#menu-claim-evidence-matrix");
        TableView<?> table = matrixTable(robot);
        robot.clickOn(cell(robot, "+ moderate"));
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TabPane panels = robot.lookup("#panels").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("Evidence", panels.getSelectionModel().getSelectedItem().getText());
        TableView<?> evidence = robot.lookup("#evidence-table").queryAs(TableView.class);
        assertEquals("Four containers weighed twice the declared amount",
                ((Evidence) evidence.getSelectionModel().getSelectedItem()).description());
        assertEquals("Four containers weighed twice the declared amount",
                onFx(() -> window.article().textArea().getSelectedText()), "the article shows the evidence's passage");

        robot.clickOn(cell(robot, "+ moderate"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(onFx(() -> table.getScene().getWindow().isShowing()), "Escape closes the matrix");
    }

    @Test
    void theMatrixShowsTheDocumentBeingReadAndTheWholeProjectWhenAskedNumberedAsInTheTabs(FxRobot robot) {
        String second = "The port authority said the crane operator was paid twice. Payroll lists one payment.";
        robot.interact(() -> {
            ProjectSession session = window.model().session();
            session.perform(session.edits().addDocument("Crane", DocumentMetadata.EMPTY, second));
            UUID crane = session.state().documents().get(1).id();
            int at = second.indexOf("the crane operator was paid twice");
            session.perform(session.edits().newClaimFromSelection(crane, at, at + 33));
            int payroll = second.indexOf("Payroll lists one payment");
            session.perform(session.edits().newEvidenceFromSelection(crane, payroll, payroll + 25));
            session.perform(session.edits().link(session.state().evidence().get(3).id(),
                    session.state().claims().get(2).id(), Stance.REFUTES, Strength.MODERATE));
        });
        WindowFixture.chooseDocument(robot, window, "Harbour");
        robot.clickOn("View").clickOn("#menu-claim-evidence-matrix");
        TableView<?> table = matrixTable(robot);
        assertEquals(List.of("Claim", "For · against", "E1 · B2", "E2 · A1", "E3 · C3"), headers(table),
                "the document being read: its three items of evidence");
        assertEquals(2, shown(robot, table).size());

        // The analyst goes back to the main window (the matrix may lie over its list of documents) and reads the
        // other article: the matrix follows, numbered as in the Claims and Evidence tabs.
        robot.interact(() -> window.stage().toFront());
        WindowFixture.chooseDocument(robot, window, "Crane");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Crane", window.model().currentDocument().orElseThrow().title());
        assertEquals(List.of("Claim", "For · against", "E4 · F6"), headers(table));
        assertEquals(List.of(List.of("C3  the crane operator was paid twice", "0 for · 1 against", "\u2212 moderate")),
                shown(robot, table));

        robot.interact(() -> ((Stage) table.getScene().getWindow()).toFront());
        robot.clickOn("#matrix-whole-project");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Claim", "For · against", "E1 · B2", "E2 · A1", "E3 · C3", "E4 · F6"), headers(table));
        assertEquals(List.of("C1", "C2", "C3"), shown(robot, table).stream().map(row -> row.get(0).substring(0, 2))
                .toList());
    }

    private static UUID claim(ProjectSession session, UUID document, String quote) {
        session.perform(session.edits().newClaimFromSelection(document, ARTICLE.indexOf(quote),
                ARTICLE.indexOf(quote) + quote.length()));
        return session.state().claims().get(session.state().claims().size() - 1).id();
    }

    private static UUID evidence(ProjectSession session, UUID document, String quote, String grade) {
        session.perform(session.edits().newEvidenceFromSelection(document, ARTICLE.indexOf(quote),
                ARTICLE.indexOf(quote) + quote.length()));
        Evidence made = session.state().evidence().get(session.state().evidence().size() - 1);
        session.perform(session.edits().editEvidence(made.id(), made.description(), Grade.parse(grade)));
        return made.id();
    }

    private static TableView<?> matrixTable(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> Window.getWindows().stream()
                    .anyMatch(w -> w instanceof Stage s && s.isShowing()
                            && s.getTitle().startsWith("Claim × evidence matrix"))));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the matrix window never opened", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#matrix-table").queryAs(TableView.class);
    }

    /** The column headings as shown: a heading's own text, or for an evidence column its label. */
    private static List<String> headers(TableView<?> table) {
        return onFx(() -> table.getColumns().stream()
                .map(c -> c.getGraphic() instanceof Label label ? label.getText() : c.getText()).toList());
    }

    /** The matrix as the analyst reads it: the text of each cell on the screen, row by row. */
    private static List<List<String>> shown(FxRobot robot, TableView<?> table) {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (int row = 0; row < table.getItems().size(); row++) {
                List<String> cells = new ArrayList<>();
                for (TableColumn<?, ?> column : table.getColumns()) {
                    int index = row;
                    cells.add(table.lookupAll(".table-cell").stream()
                            .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() == column
                                    && c.getIndex() == index && c.isVisible())
                            .map(n -> ((TableCell<?, ?>) n).getText()).map(t -> t == null ? "" : t)
                            .findFirst().orElseThrow());
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#matrix-table .table-cell")
                .match((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, work);
    }
}
