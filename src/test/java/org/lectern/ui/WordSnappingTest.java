package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Extending a selection in the article takes whole words; Alt takes single characters. */
@ExtendWith(ApplicationExtension.class)
class WordSnappingTest {
    static final String ARTICLE = "Customs records seen by this paper show four containers weighed twice the declared amount.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withDocument(stage, folder.resolve("words-" + UUID.randomUUID() + ".lectern"),
                "Ana", new ScriptedDialogs(), "Customs", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }

    private String selected() {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, area()::getSelectedText);
    }

    /** A point in the middle of the character at an offset of the article. */
    private Point2D middleOf(int offset) {
        Bounds bounds = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> area().getCharacterBoundsOnScreen(offset, offset + 1)).orElseThrow();
        return new Point2D(bounds.getMinX() + 1, bounds.getCenterY());
    }

    private void drag(FxRobot robot, int from, int to) {
        robot.moveTo(middleOf(from));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(middleOf(to));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void caretInside(FxRobot robot, String word, int charactersIn) {
        robot.clickOn(middleOf(ARTICLE.indexOf(word) + charactersIn));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ARTICLE.indexOf(word) + charactersIn, (int) WaitForAsyncUtils.waitForAsyncFx(5_000,
                area()::getCaretPosition), "the click put the cursor inside " + word);
    }

    @Test
    void aDragFromInsideOneWordToInsideAnotherSelectsBothWholeWords(FxRobot robot) {
        drag(robot, ARTICLE.indexOf("records") + 3, ARTICLE.indexOf("paper") + 2);
        assertEquals("records seen by this paper", selected());
    }

    @Test
    void aDragBackwardsAlsoSelectsWholeWords(FxRobot robot) {
        drag(robot, ARTICLE.indexOf("containers") + 4, ARTICLE.indexOf("show") + 1);
        assertEquals("show four containers", selected());
    }

    @Test
    void aDragWithinOneWordSelectsJustThoseCharacters(FxRobot robot) {
        drag(robot, ARTICLE.indexOf("containers") + 1, ARTICLE.indexOf("containers") + 6);
        assertEquals("ontai", selected());
    }

    @Test
    void aDragWithAltHeldSelectsCharacters(FxRobot robot) {
        robot.press(KeyCode.ALT);
        try {
            drag(robot, ARTICLE.indexOf("records") + 3, ARTICLE.indexOf("paper") + 2);
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertEquals("ords seen by this pa", selected());
    }

    @Test
    void shiftArrowsExtendBySwholeWords(FxRobot robot) {
        caretInside(robot, "records", 3);
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("records", selected());
        robot.push(KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("records seen", selected());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("records seen by", selected());
    }

    @Test
    void shiftLeftExtendsBackwardsByWholeWords(FxRobot robot) {
        caretInside(robot, "paper", 2);
        robot.push(KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals("paper", selected());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.LEFT);
        assertEquals("this paper", selected());
    }

    @Test
    void altShiftArrowsExtendByOneCharacter(FxRobot robot) {
        caretInside(robot, "records", 3);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.RIGHT);
        assertEquals("or", selected());
    }
}
