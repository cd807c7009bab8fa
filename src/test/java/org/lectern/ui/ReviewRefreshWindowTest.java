package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.text.Passages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With the Review tab open, the reviewer tags a passage in another document: the agreement table of the whole
 * project follows at once, and the first document's own rows read as they did.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewRefreshWindowTest {
    private static final String HARBOUR = "The harbour authority denied that the freighter carried rifles.";
    private static final String BORDER = "Monitors at the border counted four convoys of trucks in May.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    /** Ana (at the keyboard) and Ben agree exactly: one Claim in Harbour, one Evidence in Border. */
    @Start
    void start(Stage stage) {
        fixture = WindowFixture.open(stage, folder.resolve("review-" + UUID.randomUUID() + ".lectern"), "Ana", new ScriptedDialogs());
        window = fixture.window();
        var session = window.model().session();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, HARBOUR));
        session.perform(session.edits().addDocument("Border", DocumentMetadata.EMPTY, BORDER));
        Document harbour = session.state().documents().stream().filter(d -> d.title().equals("Harbour")).findFirst()
                .orElseThrow();
        Document border = session.state().documents().stream().filter(d -> d.title().equals("Border")).findFirst()
                .orElseThrow();
        UUID claim = session.state().tagNamed("Claim").orElseThrow().id();
        UUID evidence = session.state().tagNamed("Evidence").orElseThrow().id();
        session.perform(new Edit("Both readings", List.of(
                Change.created(reading("Ana", harbour, "denied that the freighter carried rifles", claim)),
                Change.created(reading("Ben", harbour, "denied that the freighter carried rifles", claim)),
                Change.created(reading("Ana", border, "four convoys", evidence)),
                Change.created(reading("Ben", border, "four convoys", evidence)))));
        window.model().currentDocumentProperty().set(harbour);
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    /**
     * Ana's extra Claim in Border ("Monitors") is one Ben did not make: Claim over the whole project goes from
     * strict F1 1.00 to 0.67 (precision 1/1, recall 1/2) and all tags from 1.00 to 0.80 (2/2, 2/3); Harbour's rows
     * stay 1.00.
     */
    @Test
    void taggingInAnotherDocumentUpdatesTheWholeProjectAndLeavesThisDocumentsRows(FxRobot robot) {
        showReview(robot);
        TableView<?> agreement = inWindow(robot).lookup("#agreement-table").queryAs(TableView.class);
        assertEquals(List.of("Claim", "All tags", "Claim (whole project)", "Evidence (whole project)",
                "All tags (whole project)"), ReviewModeTest.column(agreement, "Tag"));
        assertEquals(List.of("1.00", "1.00", "1.00", "1.00", "1.00"), ReviewModeTest.column(agreement, "F1 strict"));

        robot.clickOn(documentTitled(robot, "Border"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Border", window.model().currentDocument().orElseThrow().title());
        ArticleDrag.over(robot, window.article().textArea(), BORDER, "Monitors");
        int claimKey = window.model().state().tagNamed("Claim").orElseThrow().key();
        robot.type(KeyCode.valueOf("DIGIT" + claimKey));
        ReviewModeTest.waitForFigures(robot, window);
        assertEquals(List.of("Claim", "Evidence", "All tags", "Claim (whole project)", "Evidence (whole project)",
                "All tags (whole project)"), ReviewModeTest.column(agreement, "Tag"), "Border's rows, Claim now among them");
        assertEquals(List.of("0.00", "1.00", "0.67", "0.67", "1.00", "0.80"),
                ReviewModeTest.column(agreement, "F1 strict"));

        robot.clickOn(documentTitled(robot, "Harbour"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Claim", "All tags", "Claim (whole project)", "Evidence (whole project)",
                "All tags (whole project)"), ReviewModeTest.column(agreement, "Tag"));
        assertEquals(List.of("1.00", "1.00", "0.67", "1.00", "0.80"), ReviewModeTest.column(agreement, "F1 strict"));
    }

    /**
     * The first figures are not computed on the window's thread: the moment the tab is chosen it says
     * "Computing agreement…", the window answers (the reviewer tags a passage meanwhile), and the figures shown
     * at the end count that passage too.
     */
    @Test
    void openingTheTabSaysComputingAgreementAndTheFiguresShownAtTheEndCountWhatWasTaggedMeanwhile(FxRobot robot) {
        TabPane panels = inWindow(robot).lookup("#panels").queryAs(TabPane.class);
        String[] shownAtOnce = new String[2];
        robot.interact(() -> {
            var review = panels.getTabs().stream().filter(tab -> tab.getText().equals("Review")).findFirst()
                    .orElseThrow();
            panels.getSelectionModel().select(review);
            // Laid out at once, in this same event: nothing a worker finished can have been shown yet.
            window.stage().getScene().getRoot().applyCss();
            window.stage().getScene().getRoot().layout();
            TableView<?> agreement = (TableView<?>) window.stage().getScene().lookup("#agreement-table");
            shownAtOnce[0] = ((javafx.scene.control.Label) agreement.getPlaceholder()).getText();
            shownAtOnce[1] = String.valueOf(agreement.getItems().size());
        });
        assertEquals("Computing agreement…", shownAtOnce[0]);
        assertEquals("0", shownAtOnce[1], "no figures before they are computed");

        robot.clickOn(documentTitled(robot, "Border"));
        ArticleDrag.over(robot, window.article().textArea(), BORDER, "Monitors");
        int claimKey = window.model().state().tagNamed("Claim").orElseThrow().key();
        robot.type(KeyCode.valueOf("DIGIT" + claimKey));
        ReviewModeTest.waitForFigures(robot, window);

        TableView<?> agreement = inWindow(robot).lookup("#agreement-table").queryAs(TableView.class);
        // Ana's extra Claim: over the whole project strict F1 1.00 becomes 0.67 (precision 1/1, recall 1/2).
        assertEquals(List.of("0.00", "1.00", "0.67", "0.67", "1.00", "0.80"),
                ReviewModeTest.column(agreement, "F1 strict"));
    }

    /** Lookups in this test's window only, never in a window another test may have left behind. */
    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot) {
        return robot.from(window.stage().getScene().getRoot());
    }

    private void showReview(FxRobot robot) {
        TabPane panels = inWindow(robot).lookup("#panels").queryAs(TabPane.class);
        robot.clickOn(inWindow(robot).lookup("#panels .tab-label").match((javafx.scene.Node node) ->
                node instanceof javafx.scene.control.Label label && label.getText().equals("Review"))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Review", panels.getSelectionModel().getSelectedItem().getText());
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> inWindow(robot).lookup("#agreement-table").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the Review tab shows no agreement table", e);
        }
        ReviewModeTest.waitForFigures(robot, window);
    }

    private Node documentTitled(FxRobot robot, String title) {
        return inWindow(robot).lookup("#document-list").lookup((Node node) -> node instanceof Text text
                && title.equals(text.getText())).query();
    }

    private static Annotation reading(String author, Document document, String quote, UUID tag) {
        int start = document.text().indexOf(quote);
        return new Annotation(UUID.randomUUID(), document.id(),
                Passages.of(document.text(), start, start + quote.length()), tag, "", Stamp.now(author));
    }
}
