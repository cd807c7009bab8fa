package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ReviewDecision;
import org.lectern.model.Stamp;
import org.lectern.model.Verdict;
import org.lectern.review.diff.Difference;
import org.lectern.review.diff.DifferenceKind;
import org.lectern.service.Edit;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer compares a colleague's highlights with their own, decides on the differences and sends them back. */
@ExtendWith(ApplicationExtension.class)
class ReviewModeTest {
    static final String ARTICLE = "The harbour authority denied that the freighter carried rifles. "
            + "Customs records show four containers weighed twice the declared amount.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    private Path projectFile;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("review-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        var document = session.state().documents().get(0).id();
        UUID claim = session.state().tagNamed("Claim").orElseThrow().id();
        UUID evidence = session.state().tagNamed("Evidence").orElseThrow().id();
        // Ana (at the keyboard) and Ben read the article differently.
        session.perform(session.edits().annotate(document, at("denied that the freighter carried rifles"),
                end("denied that the freighter carried rifles"), claim));
        session.perform(session.edits().annotate(document, at("Customs records"), end("Customs records"), evidence));
        session.perform(new Edit("Ben's reading", List.of(
                Change.created(bens(document, "denied that the freighter carried rifles", evidence)),
                Change.created(bens(document, "four containers weighed twice", evidence)))));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theReviewerStepsThroughTheDifferencesAcceptsOneRejectsOneAndSendsTheBundleBack(FxRobot robot)
            throws Exception {
        showTab(robot, "Review");
        @SuppressWarnings("unchecked")
        TableView<Difference> differences = robot.lookup("#review-differences").queryAs(TableView.class);
        assertEquals(List.of(DifferenceKind.OTHER_TAG, DifferenceKind.ONLY_FIRST, DifferenceKind.ONLY_SECOND),
                differences.getItems().stream().map(Difference::kind).toList());
        TableView<?> agreement = robot.lookup("#agreement-table").queryAs(TableView.class);
        List<String> tags = column(agreement, "Tag");
        assertTrue(tags.contains("Evidence") && tags.contains("All tags"), "the agreement table is shown: " + tags);
        assertEquals("0.00", column(agreement, "F1 strict").get(tags.indexOf("Evidence")),
                "Ana's and Ben's Evidence highlights never coincide");

        WindowFixture.clickRow(robot, differences, 0);
        robot.clickOn("#review-reason").write("Evidence is the better tag here");
        WindowFixture.clickRow(robot, differences, 0); // back to the list, where A accepts
        robot.type(KeyCode.A);
        WindowFixture.clickRow(robot, differences, 2);
        robot.clickOn("#review-reason").eraseText(30).write("Not what the records say");
        WindowFixture.clickRow(robot, differences, 2);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        List<ReviewDecision> decisions = window.model().state().decisions();
        assertEquals(List.of(Verdict.ACCEPTED, Verdict.REJECTED), decisions.stream().map(ReviewDecision::verdict).toList());
        assertEquals("Evidence is the better tag here", decisions.get(0).comment());
        assertEquals("Ana", decisions.get(0).stamp().author());
        assertEquals(3, differences.getItems().size(), "the adjudicated copy is not a third reading");
        assertTrue(window.article().textArea().getStyleOfChar(at("Customs records")).contains("review-first"),
                "the article colours highlights by analyst in review");

        Path bundle = folder.resolve("for-ben-" + UUID.randomUUID() + ".lectern");
        dialogs.answers.add(bundle);
        robot.clickOn("File").clickOn("#menu-export-review-bundle");
        // Written in the background, and moved into place only when whole.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(bundle));
        try (ProjectStore sent = ProjectFiles.open(bundle)) {
            var received = sent.load();
            assertEquals(2, received.decisions().size(), "the decisions travel in the bundle");
            assertEquals(4 + 1, received.annotations().size(), "both readings and the accepted copy");
        }

        showTab(robot, "Annotations");
        robot.interact(() -> assertTrue(window.openProject(bundle, "Ben")));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> annotations = robot.lookup("#annotations-table").queryAs(TableView.class);
        String review = reviewCell(annotations, "four containers weighed twice");
        assertEquals("rejected by Ana: Not what the records say", review, "Ben sees the decision and why");
    }

    @Test
    void aBundleThatCannotBeWrittenIsExplainedInAPlainSentenceAndTheWindowGoesOn(FxRobot robot) throws Exception {
        Path notes = Files.writeString(folder.resolve("notes-" + UUID.randomUUID() + ".txt"), "Ask Ben.\n");
        dialogs.answers.add(notes.resolve("for-ben.lectern"));

        robot.clickOn("File").clickOn("#menu-export-review-bundle");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());

        assertEquals(List.of("Lectern could not write the review bundle for-ben.lectern because " + notes.getFileName()
                + " is a file, not a folder; your project is as it was and nothing was written over an earlier"
                + " file. Choose a folder to save it in, then export the review bundle again."), dialogs.errors);
        assertEquals("Ask Ben.\n", Files.readString(notes));
        assertEquals(4, window.model().state().annotationCount(), "the window goes on, with the work as it was");
    }

    /**
     * Only a colleague's highlight can be accepted, amended or rejected; on the reviewer's own the reject button
     * says what it would do — delete it — and asks first. The decided count follows every decision, undo and redo.
     */
    @Test
    void decisionsAreOfferedOnlyOnAColleaguesHighlightAndTheDecidedCountFollowsUndoAndRedo(FxRobot robot) {
        showTab(robot, "Review");
        Label summary = robot.lookup("#review-summary").queryAs(Label.class);
        Button accept = robot.lookup("#review-accept").queryAs(Button.class);
        Button amend = robot.lookup("#review-amend").queryAs(Button.class);
        Button reject = robot.lookup("#review-reject").queryAs(Button.class);
        assertTrue(summary.getText().endsWith("3 differences, 2 to decide, 0 decided"), summary.getText());

        robot.clickOn(cell("“Customs records” · Evidence"));
        assertEquals("Delete mine…", reject.getText(), "Ana's own highlight: nothing of Ben's to reject");
        assertTrue(accept.isDisabled() && amend.isDisabled());
        assertTrue(robot.lookup("#review-hint").queryAs(Label.class).getText().contains("yours"));
        dialogs.answers.add(false);
        robot.type(KeyCode.R);
        robot.type(KeyCode.A);
        robot.type(KeyCode.M);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.infos.isEmpty(), "M on one's own highlight asks for no amended passage: " + dialogs.infos);
        assertTrue(window.model().state().decisions().isEmpty(), "no decision on one's own highlight");
        assertEquals(4, window.model().state().annotationCount(), "declining the question deletes nothing");

        robot.type(KeyCode.DOWN); // to Ben's "four containers weighed twice", the next row
        assertEquals("“four containers weighed twice” · Evidence", side(robot, "Ben"));
        assertEquals("Reject", reject.getText());
        assertTrue(!accept.isDisabled() && !amend.isDisabled());
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.getText().endsWith("2 to decide, 1 decided"), summary.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.getText().endsWith("2 to decide, 0 decided"), "after undo: " + summary.getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.getText().endsWith("2 to decide, 1 decided"), "after redo: " + summary.getText());

        robot.clickOn(cell("“Customs records” · Evidence"));
        dialogs.answers.add(true);
        robot.clickOn(reject);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.model().state().annotationCount(), "Ana deleted her own highlight");
        assertTrue(summary.getText().endsWith("2 differences, 2 to decide, 1 decided"), summary.getText());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.model().state().annotationCount(), "one undo brings it back");
        assertTrue(summary.getText().endsWith("3 differences, 2 to decide, 1 decided"), summary.getText());
    }

    /** Figures with nothing to compare read "–" with the reason, never 1.00. */
    @Test
    void undefinedAgreementFiguresReadAsADashWithTheReason(FxRobot robot) {
        showTab(robot, "Review");
        String grades = robot.lookup("#agreement-grades").queryAs(Label.class).getText();
        assertTrue(grades.contains("α ordinal reliability – (no matched evidence)"), grades);
        assertTrue(grades.contains("κ – (no matched evidence and claims)"), grades);
        TableView<?> agreement = robot.lookup("#agreement-table").queryAs(TableView.class);
        // One matched passage, Claim against Evidence: α = 0 for each tag (n = 2, one value each way).
        assertEquals("0.00", column(agreement, "α tags").get(column(agreement, "Tag").indexOf("Claim")));
    }

    @Test
    void aColleaguesProjectFileIsBroughtInAsTheirLayerAndLeftUntouched(FxRobot robot) throws Exception {
        Path carols = folder.resolve("carol-" + UUID.randomUUID() + ".lectern");
        try (var carol = new org.lectern.service.ProjectSession(ProjectFiles.create(carols), "Carol")) {
            org.lectern.service.ProjectSetup.ensureDefaultTags(carol);
            carol.perform(carol.edits().addDocument("Harbour (Carol's copy)", DocumentMetadata.EMPTY, ARTICLE));
            var document = carol.state().documents().get(0).id();
            carol.perform(carol.edits().annotate(document, at("The harbour authority"), end("The harbour authority"),
                    carol.state().tagNamed("Actor").orElseThrow().id()));
        }
        byte[] before = java.nio.file.Files.readAllBytes(carols);

        dialogs.answers.add(carols);
        robot.clickOn("File").clickOn("#menu-bring-in-colleague-s-work");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());

        assertTrue(dialogs.infos.get(0).contains("Carol's 1 highlights"), dialogs.infos::toString);
        var carolsHighlights = window.model().state().annotationsOf(window.model().state().documents().get(0).id())
                .stream().filter(a -> a.stamp().author().equals("Carol")).toList();
        assertEquals(List.of("The harbour authority"), carolsHighlights.stream().map(a -> a.passage().quote()).toList(),
                "her highlight lands on the matching article, as her layer");
        assertEquals(1, window.model().state().documents().size(), "the same article is not added twice");
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(carols)), "her file is untouched");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model().state().annotationCount() == 4, "one undo takes her whole layer back");
    }

    @Test
    void aReviewerWhoHasHighlightedNothingIsShownTheTwoAnalystsWhoHave(FxRobot robot) {
        robot.interact(() -> {
            window.model().detach();
            assertTrue(window.openProject(projectFile, "Zoe"));
        });
        showTab(robot, "Review");
        assertEquals("Ana", robot.lookup("#review-first").<javafx.scene.control.ComboBox<String>>query().getValue());
        assertEquals("Ben", robot.lookup("#review-second").<javafx.scene.control.ComboBox<String>>query().getValue());
    }

    private void showTab(FxRobot robot, String title) {
        WindowFixture.clickTab(robot, title);
        if (title.equals("Review")) {
            waitForFigures(robot, window);
        }
    }

    /** Waits, as a reviewer does, until the agreement figures are no longer being computed. */
    static void waitForFigures(FxRobot robot, MainWindow window) {
        WaitForAsyncUtils.waitForFxEvents();
        var review = (org.lectern.ui.review.ReviewPanel) window.stage().getScene().lookup("#review-panel");
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> !review.viewModel().agreement().computingProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the agreement figures were never ready", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the analyst reads in one column of a table, row by row. */
    static List<String> column(TableView<?> table, String title) {
        // A heading may stand on two lines ("F1" over "strict"); the analyst reads it as one.
        var column = table.getColumns().stream().filter(c -> c.getText().replace('\n', ' ').equals(title)).findFirst()
                .orElseThrow();
        List<String> cells = new java.util.ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            cells.add(String.valueOf(column.getCellData(row)));
        }
        return cells;
    }

    /** What the selected row of the differences table shows in a column. */
    private static String side(FxRobot robot, String column) {
        TableView<?> differences = robot.lookup("#review-differences").queryAs(TableView.class);
        return column(differences, column).get(differences.getSelectionModel().getSelectedIndex());
    }

    /** The cell of the differences table that reads {@code text}, once the table has laid out its rows. */
    private static javafx.scene.Node cell(String text) {
        FxRobot robot = new FxRobot();
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> find = () -> robot
                .lookup("#review-differences").lookup((javafx.scene.Node node) ->
                        node instanceof TableCell<?, ?> c && text.equals(c.getText())).tryQuery();
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> find.get().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no row reads " + text, e);
        }
        return find.get().orElseThrow();
    }

    private static String reviewCell(TableView<?> table, String quote) {
        int row = 0;
        for (Object item : table.getItems()) {
            if (((Annotation) item).passage().quote().equals(quote) && ((Annotation) item).stamp().author().equals("Ben")) {
                break;
            }
            row++;
        }
        var column = table.getColumns().stream().filter(c -> c.getText().equals("Review")).findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    private static Annotation bens(UUID document, String quote, UUID tag) {
        return new Annotation(UUID.randomUUID(), document, Passages.of(ARTICLE, at(quote), end(quote)), tag, "",
                Stamp.now("Ben"));
    }

    private static int at(String quote) {
        return ARTICLE.indexOf(quote);
    }

    private static int end(String quote) {
        return at(quote) + quote.length();
    }
}
