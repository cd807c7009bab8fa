package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.service.ProjectSetup;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Alt+←/→ move a selected highlight's start, Alt+Shift+←/→ its end: one undo step each, never past the text. */
@ExtendWith(ApplicationExtension.class)
class HighlightNudgeTest {
    static final String ARTICLE = "Customs records seen by this paper show four containers weighed twice the declared amount";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;
    private Path file;

    @Start
    void start(Stage stage) {
        file = folder.resolve("nudge-" + UUID.randomUUID() + ".lectern");
        fixture = WindowFixture.withDocument(stage, file, "Ana", new ScriptedDialogs(), "Customs", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        var document = session.state().documents().get(0).id();
        var tag = session.state().tags().get(0).id();
        session.perform(session.edits().annotate(document, 0, "Customs".length(), tag));
        int four = ARTICLE.indexOf("four containers");
        session.perform(session.edits().annotate(document, four, four + "four containers".length(), tag));
        int amount = ARTICLE.indexOf("amount");
        session.perform(session.edits().annotate(document, amount, ARTICLE.length(), tag));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private String quoteAt(int index) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, () -> window.model().session().state()
                .annotationsOf(window.model().session().state().documents().get(0).id()).get(index).passage().quote());
    }

    /** Alt+↓ from the start steps onto the highlights one by one, selecting each. */
    private void stepTo(FxRobot robot, int highlights) {
        robot.clickOn("#article");
        robot.interact(() -> window.article().textArea().moveTo(0));
        for (int i = 0; i < highlights; i++) {
            robot.push(KeyCode.ALT, KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void altShiftArrowsMoveTheEndAndAltArrowsTheStartEachOneUndoStep(FxRobot robot) {
        stepTo(robot, 2);
        assertEquals("four containers", WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> window.article().textArea().getSelectedText()));
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("four containers ", quoteAt(1));
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals("four container", quoteAt(1));
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals("our container", quoteAt(1));
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals(" four container", quoteAt(1));
        assertEquals(" four container", WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> window.article().textArea().getSelectedText()), "the selection follows the highlight");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("four container", quoteAt(1), "one undo takes back one nudge");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("our container", quoteAt(1));
    }

    @Test
    void aHighlightIsNeverMovedPastTheTextNorMadeEmpty(FxRobot robot) {
        stepTo(robot, 1);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals("Customs", quoteAt(0), "nothing before the first character");
        for (int i = 0; i < "Customs".length() + 2; i++) {
            robot.push(KeyCode.ALT, KeyCode.RIGHT);
        }
        assertEquals("s", quoteAt(0), "at least one character stays");

        stepTo(robot, 3);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("amount", quoteAt(2), "nothing after the last character");
    }

    @Test
    void theMovedHighlightIsWhatTheProjectFileHolds(FxRobot robot) throws Exception {
        stepTo(robot, 2);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.interact(() -> window.stage().close());
        try (var reopened = ProjectSetup.open(file, "Ana")) {
            Annotation moved = reopened.state().annotationsOf(reopened.state().documents().get(0).id()).get(1);
            assertEquals("four containers w", moved.passage().quote());
            assertEquals(ARTICLE.indexOf("four"), moved.passage().start());
        }
    }

    @Test
    void theMoveKeysAreInTheShortcutList(FxRobot robot) {
        String list = WaitForAsyncUtils.waitForAsyncFx(5_000, () -> ShortcutList.sections(
                robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class), window.model().tags())
                .stream().flatMap(section -> section.shortcuts().stream()).map(ShortcutList.Shortcut::action)
                .collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(list.contains("End one character later (Annotate → Move selected highlight)"), list);
        assertTrue(list.contains("Start one character earlier (Annotate → Move selected highlight)"), list);
    }
}
