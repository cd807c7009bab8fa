package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
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
import org.lectern.ui.article.HighlightSpans;
import org.lectern.ui.article.Lens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Long articles (a few hundred kilobytes of a harbour log, with hundreds of highlights, some overlapping) come
 * into the article a slice at a time, so the window keeps answering; once in, the article holds every character
 * and every highlight exactly as the project has them, also when the analyst chose another document, changed the
 * highlights, stepped to a highlight or searched while the first was still coming in. Removing a long document
 * shows the next one at once, while the removal is saved.
 */
@ExtendWith(ApplicationExtension.class)
class LongArticleWindowTest {
    private static final String NOTE = "Short note";
    private static final String LOG_A = "Harbour log A";
    private static final String LOG_B = "Harbour log B";
    private static final int LINES = 4_000;
    /** More changes than WorkbenchModel.LONG_EDIT, so that removing the log is saved on a worker. */
    private static final int HIGHLIGHTS = 700;
    /** The words of log A's claims. */
    private static final String LAST_CLAIM = "her manifest listing grain and machine parts";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    /** The length of each piece of text the article took in, in order. */
    private final List<Integer> insertions = new ArrayList<>();

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("logs-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, projectFile, "Ana Reyes", dialogs);
        window = fixture.window();
        var session = window.model().session();
        // The project opens on its first document: the short note.
        session.perform(session.edits().addDocument(NOTE, DocumentMetadata.EMPTY, "Call the harbour master.\n"));
        addLog(LOG_A, "Tern");
        addLog(LOG_B, "Gull");
        // Two claims on log A: one on its first line, one on its last.
        String logA = document(LOG_A).text();
        for (int claimed : new int[] {logA.indexOf(LAST_CLAIM), logA.lastIndexOf(LAST_CLAIM)}) {
            session.perform(session.edits().newClaimFromSelection(document(LOG_A).id(), claimed,
                    claimed + LAST_CLAIM.length()));
        }
        window.model().currentDocumentProperty().set(document(NOTE));
        area().plainTextChanges().subscribe(change -> insertions.add(change.getInserted().length()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aLongArticleComesInSlicesAndThenHoldsTheWholeTextWithEveryHighlightStyled(FxRobot robot)
            throws Exception {
        robot.interact(insertions::clear);
        chooseDocument(robot, LOG_A);
        waitUntilFilledIn();

        int length = document(LOG_A).text().length();
        assertTrue(insertions.size() > 1 && insertions.stream().allMatch(piece -> piece < length / 4),
                () -> "pieces taken in: " + insertions);
        assertArticleShows(robot, LOG_A);
    }

    @Test
    void choosingAnotherDocumentWhileALongOneIsComingInShowsOnlyTheOneChosen(FxRobot robot) throws Exception {
        chooseDocument(robot, LOG_A);
        robot.push(KeyCode.DOWN); // the list keeps the focus: the next document, Harbour log B
        waitUntilFilledIn();
        assertEquals(LOG_B, window.model().currentDocument().orElseThrow().title());
        assertArticleShows(robot, LOG_B);

        chooseDocument(robot, LOG_A);
        robot.push(KeyCode.UP);
        robot.push(KeyCode.UP); // back to the short note, past log A coming in
        waitUntilFilledIn();
        assertEquals(NOTE, window.model().currentDocument().orElseThrow().title());
        assertArticleShows(robot, NOTE);
    }

    @Test
    void undoAndRedoWhileALongArticleComesInAreShownOnceItIsIn(FxRobot robot) throws Exception {
        chooseDocument(robot, LOG_B);
        waitUntilFilledIn();
        String text = document(LOG_B).text();
        int start = text.lastIndexOf("berth");
        robot.interact(() -> {
            area().requestFocus();
            area().selectRange(start, start + "berth".length());
        });
        robot.push(KeyCode.DIGIT2); // the second tag, on the last line's "berth"
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HIGHLIGHTS + 1, window.model().annotations().size());

        chooseDocument(robot, NOTE);
        chooseDocument(robot, LOG_B);
        robot.push(KeyCode.CONTROL, KeyCode.Z); // at once, before the article has got to the last line
        waitUntilFilledIn();
        assertEquals(HIGHLIGHTS, window.model().annotations().size());
        assertArticleShows(robot, LOG_B);

        chooseDocument(robot, NOTE);
        chooseDocument(robot, LOG_B);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilFilledIn();
        assertEquals(HIGHLIGHTS + 1, window.model().annotations().size());
        assertArticleShows(robot, LOG_B);
    }

    @Test
    void choosingAClaimAtTheEndOfALongArticleNotShownSelectsItsPassageOnceItIsIn(FxRobot robot) throws Exception {
        // The note is shown; the claim's passage is in the last line of log A.
        robot.clickOn("#tab-claims");
        TableView<?> table = robot.lookup("#claims-table").queryAs(TableView.class);
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getIndex() == 0).queryAs(Node.class));
        robot.push(KeyCode.DOWN); // the claim on the last line
        waitUntilFilledIn();
        assertEquals(LOG_A, window.model().currentDocument().orElseThrow().title());
        String text = document(LOG_A).text();
        int start = text.lastIndexOf(LAST_CLAIM);
        robot.interact(() -> {
            assertEquals(start, area().getSelection().getStart());
            assertEquals(LAST_CLAIM, area().getSelectedText());
        });
        assertArticleShows(robot, LOG_A);
    }

    @Test
    void findingAWordAtTheEndOfALongArticleJustChosenSelectsIt(FxRobot robot) throws Exception {
        chooseDocument(robot, LOG_A);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("Tern-" + (1000 + LINES - 1));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String text = document(LOG_A).text();
        int at = text.indexOf("Tern-" + (1000 + LINES - 1));
        robot.interact(() -> {
            assertEquals(at, area().getSelection().getStart());
            assertEquals("Tern-" + (1000 + LINES - 1), area().getSelectedText());
        });
        waitUntilFilledIn();
        assertArticleShows(robot, LOG_A);
    }

    @Test
    void removingALongDocumentShowsTheNextAtOnceAndUndoBringsItBack(FxRobot robot) throws Exception {
        chooseDocument(robot, LOG_A);
        waitUntilFilledIn();
        try (WriteLock lock = new WriteLock(projectFile)) {
            robot.clickOn("File").clickOn("#menu-remove-document");
            waitUntilSaving();
            // While the removal is being saved, the article already shows the next document.
            assertEquals(NOTE, window.model().currentDocument().orElseThrow().title());
            waitUntilFilledIn();
            assertArticleShows(robot, NOTE);
        }
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(NOTE, LOG_B), titles());
        assertEquals(NOTE, window.model().currentDocument().orElseThrow().title());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(NOTE, LOG_A, LOG_B), java.util.Set.copyOf(titles()));
        chooseDocument(robot, LOG_A);
        waitUntilFilledIn();
        assertEquals(HIGHLIGHTS + 2, window.model().annotations().size(), "every highlight came back");
        assertArticleShows(robot, LOG_A);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void aCancelledRemovalReturnsToTheDocument(FxRobot robot) throws Exception {
        chooseDocument(robot, LOG_A);
        waitUntilFilledIn();
        try (WriteLock lock = new WriteLock(projectFile)) {
            robot.clickOn("File").clickOn("#menu-remove-document");
            waitUntilSaving();
            robot.clickOn("#status-cancel");
        }
        waitUntilSettled();
        waitUntilFilledIn();
        assertEquals("Cancelled; nothing of it was saved", window.model().saveStateProperty().get());
        assertEquals(List.of(NOTE, LOG_A, LOG_B), titles());
        assertEquals(LOG_A, window.model().currentDocument().orElseThrow().title());
        assertArticleShows(robot, LOG_A);
    }

    /** Clicks the document's row in the list of documents, as the analyst does. */
    private void chooseDocument(FxRobot robot, String title) {
        WindowFixture.chooseDocument(robot, window, title);
    }

    private List<String> titles() {
        return window.model().documents().stream().map(Document::title).toList();
    }

    private Document document(String title) {
        return window.model().session().state().documents().stream().filter(d -> d.title().equals(title))
                .findFirst().orElseThrow();
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }

    private void waitUntilFilledIn() throws Exception {
        WindowFixture.awaitArticleFilledIn(window);
    }

    private void waitUntilSaving() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Label working = (Label) window.stage().getScene().lookup("#status-working");
            return working != null && working.isVisible() && working.getText().startsWith("Saving:");
        }).get());
    }

    private void waitUntilSettled() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String status = WaitForAsyncUtils.asyncFx(() -> window.model().saveStateProperty().get()).get();
            return status.startsWith("saved ") || status.startsWith("Cancelled");
        });
    }

    /**
     * The article holds the document's text, every character, and its classes are those of the project's
     * highlights styled in one go over the whole document (compared run by run).
     */
    private void assertArticleShows(FxRobot robot, String title) {
        robot.interact(() -> {
            Document document = document(title);
            assertEquals(document.text(), area().getText(), "the whole text, and only it");
            List<Annotation> all = window.model().session().state().annotationsOf(document.id());
            int length = document.text().length();
            List<Run> expected = all.isEmpty() ? List.of(new Run(List.of(), length))
                    : runs(HighlightSpans.build(all, 0, length, Lens.TAGS.classes()));
            assertEquals(expected, runs(area().getStyleSpans(0, length)), "every highlight styled as it is");
        });
    }

    /** A stretch of text and its classes; neighbouring stretches always differ. */
    private record Run(List<String> classes, int length) {
    }

    private static List<Run> runs(StyleSpans<Collection<String>> spans) {
        List<Run> runs = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            List<String> classes = List.copyOf(span.getStyle());
            if (span.getLength() == 0) {
                continue;
            }
            if (!runs.isEmpty() && Objects.equals(runs.get(runs.size() - 1).classes(), classes)) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(classes, last.length() + span.getLength()));
            } else {
                runs.add(new Run(classes, span.getLength()));
            }
        }
        return runs;
    }

    /**
     * A harbour log of {@link #LINES} lines, one vessel a line, with a highlight on every vessel's name in the
     * first {@link #HIGHLIGHTS} lines spread over the log, and over every tenth of them a longer one reaching into
     * the next line (so that some overlap).
     */
    private void addLog(String title, String vessel) {
        var session = window.model().session();
        StringBuilder log = new StringBuilder(title).append("\n\n");
        for (int i = 0; i < LINES; i++) {
            log.append("At dawn the vessel ").append(vessel).append('-').append(1000 + i).append(" left berth ")
                    .append(i % 40).append(" for open water, her manifest listing grain and machine parts.\n");
        }
        String text = log.toString();
        session.perform(session.edits().addDocument(title, DocumentMetadata.EMPTY, text));
        Document document = document(title);
        List<Change> changes = new ArrayList<>();
        Stamp stamp = new Stamp("Ana Reyes", Instant.parse("2026-11-01T09:00:00Z"),
                Instant.parse("2026-11-01T09:00:00Z"));
        int step = LINES / HIGHLIGHTS;
        int made = 0;
        for (int line = 0; made < HIGHLIGHTS; line += step) {
            String name = vessel + "-" + (1000 + line);
            int start = text.indexOf(name);
            int end = made % 10 == 0 ? text.indexOf("berth", start + name.length() + 60) : start + name.length();
            var tag = session.state().tags().get(made % session.state().tags().size());
            changes.add(Change.created(new Annotation(UUID.randomUUID(), document.id(), Passages.of(text, start, end),
                    tag.id(), "", stamp)));
            made++;
        }
        session.perform(new Edit("Highlights", changes));
    }

    /** Holds SQLite's write lock through a second connection, as another program might, until closed. */
    private static final class WriteLock implements AutoCloseable {
        private final Connection connection;

        WriteLock(Path project) throws Exception {
            connection = DriverManager.getConnection("jdbc:sqlite:" + project);
            try (Statement sql = connection.createStatement()) {
                sql.execute("BEGIN IMMEDIATE");
            }
        }

        @Override
        public void close() throws Exception {
            try (Statement sql = connection.createStatement()) {
                sql.execute("COMMIT");
            }
            connection.close();
        }
    }
}
