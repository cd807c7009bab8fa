package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

/** The text selection stands out from the page and from every tag's highlight, in the light and dark themes. */
@ExtendWith(ApplicationExtension.class)
class SelectionColourWindowTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment

            Inspector Lena Moss said the manifest listed only grain.""";

    /** Highlights are painted at this opacity (TagStylesheet). */
    private static final double HIGHLIGHT_ALPHA = 0.45;

    @TempDir
    static java.nio.file.Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        java.nio.file.Path projectFile = folder.resolve("selection-" + UUID.randomUUID() + ".lectern");
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
    void theSelectionDiffersFromThePageAndFromEveryTagColourInBothThemes(FxRobot robot) {
        dragOver(robot, "Lena Moss");
        robot.type(KeyCode.DIGIT1);
        dragOver(robot, "Inspector Lena Moss said");
        checkSelection("light");

        robot.clickOn("View");
        robot.clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        checkSelection("dark");

        robot.clickOn("View");
        robot.clickOn("Light theme"); // the theme stylesheet is global: leave it as the other tests expect it
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where the selection lies over a highlight it is painted over it, so it must differ from the page and from
     * each tag at its highlight opacity by far more than a just noticeable difference (a CIELAB ΔE of about 2),
     * with the text on it as readable as WCAG AA asks of body text.
     */
    private void checkSelection(String theme) {
        Color selection = onFx(() -> (Color) shapes(area(), "selection").stream()
                .filter(p -> !p.getElements().isEmpty()).findFirst().orElseThrow().getFill());
        Color page = onFx(() -> (Color) area().getBackground().getFills().get(0).getFill());
        Color text = onFx(() -> (Color) texts(area()).get(0).getFill());
        assertTrue(Colours.deltaE(selection, page) >= 25, theme + ": selection " + selection + " on page " + page
                + ", ΔE " + Colours.deltaE(selection, page));
        assertTrue(Colours.contrast(selection, text) >= 4.5, theme + ": text " + text + " on selection " + selection
                + ", contrast " + Colours.contrast(selection, text));
        for (var tag : window.model().tags()) {
            Color highlight = Colours.over(Color.web(tag.color()), HIGHLIGHT_ALPHA, page);
            double difference = Colours.deltaE(selection, highlight);
            assertTrue(difference >= 20, theme + ": selection " + selection + " and " + tag.name() + " " + tag.color()
                    + " differ by ΔE " + difference);
        }
    }

    private static List<Path> shapes(Node node, String styleClass) {
        List<Path> found = new ArrayList<>();
        if (node instanceof Path path && path.getStyleClass().contains(styleClass)) {
            found.add(path);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(shapes(child, styleClass));
            }
        }
        return found;
    }

    private static List<javafx.scene.text.Text> texts(Node node) {
        List<javafx.scene.text.Text> found = new ArrayList<>();
        if (node instanceof javafx.scene.text.Text text && !text.getText().isBlank()) {
            found.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                found.addAll(texts(child));
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
