package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Selects a phrase of the article with the mouse, as an analyst drags across it, and checks what was selected. */
final class ArticleDrag {
    private ArticleDrag() {
    }

    static void over(FxRobot robot, StyleClassedTextArea area, String article, String phrase) {
        across(robot, area, article, phrase);
        assertEquals(phrase, WaitForAsyncUtils.waitForAsyncFx(5_000, area::getSelectedText), "selected with the mouse");
    }

    /** The drag alone: in sticky tag mode the selection is tagged and let go as the button is released. */
    static void across(FxRobot robot, StyleClassedTextArea area, String article, String phrase) {
        int start = article.indexOf(phrase);
        int end = start + phrase.length();
        Bounds first = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> area.getCharacterBoundsOnScreen(start, start + 1)).orElseThrow();
        Bounds last = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> area.getCharacterBoundsOnScreen(end - 1, end)).orElseThrow();
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
