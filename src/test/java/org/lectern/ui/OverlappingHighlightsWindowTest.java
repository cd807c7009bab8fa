package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
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

/** Three highlights laid over the same words with the mouse and tag keys each stay visible there. */
@ExtendWith(ApplicationExtension.class)
class OverlappingHighlightsWindowTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment

            Inspector Lena Moss said the manifest listed only grain.""";

    @TempDir
    static java.nio.file.Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        java.nio.file.Path projectFile = folder.resolve("overlap-" + UUID.randomUUID() + ".lectern");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aClaimAQuoteAndAnActorOverTheSameNameAreAllDrawnThere(FxRobot robot) {
        highlightThreeOverMoss(robot);
        robot.interact(() -> area().moveTo(0)); // no selection over the words
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, window.model().annotations().size());

        int moss = ARTICLE.indexOf("Moss");
        Bounds word = onFx(() -> area().getCharacterBoundsOnScreen(moss, moss + 4)).orElseThrow();
        double x = word.getCenterX();
        List<Color> lines = new ArrayList<>();
        Set<Double> heights = new HashSet<>();
        for (Path line : strokedShapes(area())) {
            Bounds b = line.localToScreen(line.getBoundsInLocal());
            boolean underTheWord = b.getMinX() <= x && x <= b.getMaxX()
                    && b.getMinY() >= word.getMinY() && b.getMaxY() <= word.getMaxY() + 14;
            if (underTheWord && line.getStroke() instanceof Color colour) {
                lines.add(colour);
                heights.add(Math.rint(b.getCenterY() * 2) / 2);
            }
        }
        assertTrue(containsColour(lines, tagColour("Claim")), "a Claim line under \"Moss\": " + lines);
        assertTrue(containsColour(lines, tagColour("Quote")), "a Quote line under \"Moss\": " + lines);
        assertEquals(2, heights.size(), "the two lines lie at different heights: " + heights);
        String actorBackground = org.lectern.ui.article.TagStylesheet.classesOf(
                window.model().session().state().tagNamed("Actor").orElseThrow().id()).background();
        assertTrue(area().getStyleOfChar(moss).contains(actorBackground), "the Actor paints the background");
    }

    @Test
    void theLinesOfOverlappingHighlightsFollowTheTextWhenTheWindowNarrowsAndItReWraps(FxRobot robot) {
        highlightThreeOverMoss(robot);
        robot.interact(() -> area().moveTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        int moss = ARTICLE.indexOf("Moss");
        Bounds before = onFx(() -> area().getCharacterBoundsOnScreen(moss, moss + 4)).orElseThrow();

        robot.interact(() -> window.stage().setWidth(window.stage().getWidth() - 260));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Bounds word = onFx(() -> area().getCharacterBoundsOnScreen(moss, moss + 4)).orElseThrow();
        assertTrue(Math.abs(word.getMinX() - before.getMinX()) > 1 || Math.abs(word.getMinY() - before.getMinY()) > 1,
                "the text re-wrapped: " + before + " then " + word);
        List<Color> lines = new ArrayList<>();
        for (Path line : strokedShapes(area())) {
            Bounds b = line.localToScreen(line.getBoundsInLocal());
            if (b.getMinX() <= word.getCenterX() && word.getCenterX() <= b.getMaxX()
                    && b.getMinY() >= word.getMinY() && b.getMaxY() <= word.getMaxY() + 14
                    && line.getStroke() instanceof Color colour) {
                lines.add(colour);
            }
        }
        assertTrue(containsColour(lines, tagColour("Claim")), "a Claim line under \"Moss\" where it is now: " + lines);
        assertTrue(containsColour(lines, tagColour("Quote")), "a Quote line under \"Moss\" where it is now: " + lines);
    }

    @Test
    void restingTheMouseOnOverlappingHighlightsNamesEachOfThemInnermostFirst(FxRobot robot) throws Exception {
        highlightThreeOverMoss(robot);
        robot.interact(() -> area().moveTo(0));

        int moss = ARTICLE.indexOf("Moss");
        Bounds word = onFx(() -> area().getCharacterBoundsOnScreen(moss, moss + 4)).orElseThrow();
        robot.moveTo(new Point2D(word.getCenterX(), word.getCenterY()));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> shownTooltip(robot) != null);
        assertEquals("Actor\nQuote\nClaim", shownTooltip(robot).getText());
    }

    /**
     * A Claim, a Quote and an Actor over "Moss", each inside the last: the Actor paints the background, the Claim
     * is RichTextFX's underline and the Quote's line a further lane's.
     */
    private void highlightThreeOverMoss(FxRobot robot) {
        dragOver(robot, "Inspector Lena Moss said the manifest");
        robot.type(KeyCode.DIGIT2); // Claim
        dragOver(robot, "Lena Moss said");
        robot.type(KeyCode.DIGIT4); // Quote
        dragOver(robot, "Lena Moss");
        robot.type(KeyCode.DIGIT1); // Actor
    }

    private static javafx.scene.control.Tooltip shownTooltip(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip && w.isShowing())
                .map(w -> (javafx.scene.control.Tooltip) w).findFirst().orElse(null);
    }

    private Color tagColour(String name) {
        return Color.web(window.model().session().state().tagNamed(name).orElseThrow().color());
    }

    private static boolean containsColour(List<Color> colours, Color wanted) {
        return colours.stream().anyMatch(c -> Math.abs(c.getRed() - wanted.getRed()) < 0.01
                && Math.abs(c.getGreen() - wanted.getGreen()) < 0.01 && Math.abs(c.getBlue() - wanted.getBlue()) < 0.01);
    }

    /** Lines drawn over the text: RichTextFX's underlines and Lectern's further lanes (not the caret). */
    private static List<Path> strokedShapes(Node node) {
        List<Path> found = new ArrayList<>();
        if (node instanceof Path path && path.isVisible() && !path.getStyleClass().contains("caret")
                && !path.getStyleClass().contains("selection")) {
            Paint stroke = path.getStroke();
            if (stroke != null && path.getStrokeWidth() > 0 && !path.getElements().isEmpty()) {
                found.add(path);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(strokedShapes(child));
            }
        }
        return found;
    }

    /** Drags the mouse across a phrase of the article, as an analyst selects it. */
    private void dragOver(FxRobot robot, String phrase) {
        ArticleDrag.over(robot, area(), ARTICLE, phrase);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, read);
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }
}
