package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Stance;
import org.lectern.service.ProjectSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole sitting without the mouse: from a fresh window, with keys only, the analyst selects and tags text,
 * makes an actor, a claim and evidence and links them, undoes and redoes, switches panels and documents, and
 * quits; the project file holds the work.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlySittingTest {
    static final String FIRST = "Customs records seen by this paper show four containers weighed twice the declared amount.";
    static final String SECOND = "The port authority said the weighbridge had been faulty for a week.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;
    private Path file;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) {
        file = folder.resolve("sitting-" + UUID.randomUUID() + ".lectern");
        fixture = WindowFixture.open(stage, file, "Ana", dialogs);
        window = fixture.window();
        window.onQuit(() -> { });
        var session = window.model().session();
        session.perform(session.edits().addDocument("Customs", DocumentMetadata.EMPTY, FIRST));
        session.perform(session.edits().addDocument("Port", DocumentMetadata.EMPTY, SECOND));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private String selected() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window.article().textArea().getSelectedText());
    }

    /** Ctrl+F, the words, Escape: back in the article with them selected. */
    private void find(FxRobot robot, String words) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(words);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(words, selected());
    }

    /** Tab, as often as it takes (a few times), until a field has the focus. */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 25; i++) {
            javafx.scene.Node focused = window.stage().getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + window.stage().getScene().getFocusOwner());
    }

    private String shownDocument() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window.model().currentDocument().orElseThrow().title());
    }

    @Test
    void aWholeSittingWithKeysOnly(FxRobot robot) throws Exception {
        assertEquals("article", window.stage().getScene().getFocusOwner().getId(), "a fresh window reads the article");
        assertEquals("Customs", shownDocument());

        // Select the first two words by keys (whole words) and tag them with key 1.
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("Customs records", selected());
        robot.push(KeyCode.DIGIT1);

        // An actor, a claim and evidence from passages found with Ctrl+F.
        find(robot, "this paper");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        find(robot, "four containers weighed twice the declared amount");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        find(robot, "Customs records");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        // Link the evidence to the claim: Ctrl+L (the dialog's choice is scripted: it refutes).
        dialogs.linkStance = Stance.REFUTES;
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        // Undo the link, redo it.
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(window.model().session().state().links().isEmpty(), "undone");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(1, window.model().session().state().links().size(), "redone");

        // A look at the claim × evidence matrix (Ctrl+Shift+X), and back to the article with Escape.
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window matrix = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> javafx.stage.Window.getWindows()
                .stream().filter(w -> w.isShowing() && w != window.stage()).findFirst().orElseThrow());
        assertTrue(matrix.isFocused(), "the matrix has the keyboard");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(matrix.isShowing(), "Escape closed the matrix");
        assertTrue(window.stage().isFocused(), "the main window has the keyboard again");

        // Describe the evidence: Tab from the article on to its description, type, Tab on (saved on leaving).
        find(robot, "Customs records");
        tabTo(robot, "evidence-description");
        robot.push(KeyCode.CONTROL, KeyCode.A); // it starts as the passage's words
        robot.write("Customs ledger, March");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Customs ledger, March", window.model().session().state().evidence().get(0).description());

        // The next panel with Ctrl+Tab from within the panels; Ctrl+F brings the article back.
        robot.push(KeyCode.CONTROL, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Annotations", WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ((javafx.scene.control.TabPane)
                window.stage().getScene().lookup("#panels")).getSelectionModel().getSelectedItem().getText()));
        find(robot, "four containers");

        // The next document: the article hands over to the document list with Shift+Tab, Down shows it.
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        robot.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Port", shownDocument());

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.stage().isShowing(), "Ctrl+Q closed the window");

        try (var reopened = ProjectSetup.open(file, "Ana")) {
            var state = reopened.state();
            var customs = state.documents().stream().filter(d -> d.title().equals("Customs")).findFirst().orElseThrow();
            List<String> quotes = state.annotationsOf(customs.id()).stream().map(a -> a.passage().quote()).toList();
            assertTrue(quotes.contains("this paper"), quotes.toString());
            assertEquals(2, quotes.stream().filter("Customs records"::equals).count(), "tagged and made evidence: " + quotes);
            assertEquals(List.of("this paper"), state.actors().stream().map(a -> a.name()).toList());
            assertEquals(1, state.claims().size());
            assertEquals(1, state.evidence().size());
            assertEquals("Customs ledger, March", state.evidence().get(0).description());
            assertEquals(Stance.REFUTES, state.links().get(0).stance());
            assertEquals(state.claims().get(0).id(), state.links().get(0).claimId());
        }
    }
}
