package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.Edit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Big single documents in the window: a text of many thousand lines and a line of a quarter megabyte show their
 * highlights where they are and scroll to them; an article the window could not show is refused, saying why.
 */
@ExtendWith(ApplicationExtension.class)
class BigDocumentWindowTest {
    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, folder.resolve("big-" + UUID.randomUUID() + ".lectern"), "Ana", dialogs);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    /** Thirty thousand numbered lines, "entry 1" to "entry 30000". */
    private static String manyLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 30_000; i++) {
            text.append("entry ").append(i).append('\n');
        }
        return text.toString();
    }

    /** Adds the text with a highlight over each of {@code words}, shows it, and returns the highlights' ranges. */
    private List<int[]> showWithHighlights(FxRobot robot, String text, String... words) {
        List<int[]> ranges = new ArrayList<>();
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.edits().addDocument("Big", DocumentMetadata.EMPTY, text));
            Document big = session.state().documents().stream().filter(d -> d.title().equals("Big"))
                    .findFirst().orElseThrow();
            List<Change> changes = new ArrayList<>();
            for (String word : words) {
                int start = text.indexOf(word);
                ranges.add(new int[] {start, start + word.length()});
                changes.addAll(session.edits().annotate(big.id(), start, start + word.length(),
                        session.state().tags().get(0).id()).changes());
            }
            session.perform(new Edit("Highlights", changes));
            window.model().currentDocumentProperty().set(big);
        });
        // A long text comes into the article a slice per frame: what is checked is the article once it is all in.
        try {
            WindowFixture.awaitArticleFilledIn(window);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the article was still being filled in after 20 s", e);
        }
        return ranges;
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    private static boolean highlighted(StyleClassedTextArea area, int offset) {
        return !area.getStyleOfChar(offset).isEmpty();
    }

    /** Steps to the next highlight with Alt+Down, as the analyst does, and checks it is selected and on screen. */
    private void stepTo(FxRobot robot, int[] range) {
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea area = area(robot);
        assertEquals(range[0] + ".." + range[1], area.getSelection().getStart() + ".." + area.getSelection().getEnd());
        Bounds view = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> area.localToScreen(area.getBoundsInLocal()));
        Bounds passage = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> area.getCharacterBoundsOnScreen(range[0], range[1]))
                .orElseThrow(() -> new AssertionError("the passage at " + range[0] + " is not on screen"));
        assertTrue(view.contains(passage.getMinX(), passage.getCenterY()), "passage " + passage + " in " + view);
    }

    @Test
    void aTextOfThirtyThousandLinesShowsItsHighlightsWhereTheyAreAndScrollsToEach(FxRobot robot) {
        String text = manyLines();
        List<int[]> ranges = showWithHighlights(robot, text, "entry 7\n", "entry 15000", "entry 29990");
        StyleClassedTextArea area = area(robot);
        assertEquals(text, area.getText(), "every line as it is, in order");
        for (int[] range : ranges) {
            assertTrue(highlighted(area, range[0]) && highlighted(area, range[1] - 1), "highlighted at " + range[0]);
            assertFalse(highlighted(area, range[0] - 1), "nothing just before " + range[0]);
            int after = text.charAt(range[1]) == '\n' ? range[1] + 1 : range[1]; // the next line's first letter
            assertFalse(highlighted(area, after), "nothing just after " + range[1]);
        }
        robot.clickOn("#article");
        robot.press(KeyCode.CONTROL).press(KeyCode.HOME).release(KeyCode.HOME).release(KeyCode.CONTROL);
        for (int[] range : ranges) {
            stepTo(robot, range);
        }
    }

    @Test
    void aLineOfAQuarterMegabyteWithThousandsOfHighlightsShowsEachAndScrollsToTheLast(FxRobot robot) {
        StringBuilder line = new StringBuilder("Title\n\n");
        for (int i = 0; i < 20_000; i++) {
            line.append("word").append(i).append(' ');
        }
        String text = line.toString().trim() + "\n";
        String[] words = new String[2_000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "word" + (i * 10) + " ";
        }
        List<int[]> ranges = showWithHighlights(robot, text, words);
        StyleClassedTextArea area = area(robot);
        for (int[] range : ranges) {
            assertTrue(highlighted(area, range[0]) && highlighted(area, range[1] - 1), "highlighted at " + range[0]);
            assertFalse(highlighted(area, range[1]), "the word after the highlight at " + range[0] + " is plain");
        }
        robot.clickOn("#article");
        robot.interact(() -> area.moveTo(ranges.get(ranges.size() - 1)[0] - 1));
        stepTo(robot, ranges.get(ranges.size() - 1));
    }

    @Test
    void findInATextOfMillionsOfCharactersCountsAndStepsForwardAndBackIncludingEnterPressedWhileItSearches(
            FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 300_000; i++) {
            text.append(i % 1_000 == 0 ? "harbour tern " : "entry ").append(i).append('\n');
        }
        assertTrue(text.length() > 2_000_000, "long enough to be searched beside the window");
        showWithHighlights(robot, text.toString());
        robot.clickOn("#article");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("TERN");
        robot.type(KeyCode.ENTER); // before the hits are known: taken once they are
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> count(robot).contains(" of "));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 300", count(robot));
        StyleClassedTextArea area = area(robot);
        int second = text.indexOf("tern", text.indexOf("tern") + 1);
        assertEquals(second + ".." + (second + 4), area.getSelection().getStart() + ".." + area.getSelection().getEnd());
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 300", count(robot));
    }

    private static String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(javafx.scene.control.Label.class).getText();
    }

    @Test
    void anArticleWithAStretchTooLongToShowIsRefusedSayingWhyAndTheProjectIsUnchanged(FxRobot robot)
            throws Exception {
        Path blob = folder.resolve("scan-" + UUID.randomUUID() + ".txt");
        Files.writeString(blob, "Scanned page\n\n" + "0123456789".repeat(10_001) + "\n", StandardCharsets.UTF_8);
        List<String> before = WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> window.model().session().state().documents().stream().map(Document::title).toList());
        dialogs.answers.add(blob);
        robot.clickOn("#article");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        assertEquals(List.of(blob.getFileName() + " has 100,010 characters in a row with no space or line break"
                + " (from line 3): Lectern shows at most 100,000 characters without a break. Add line breaks to the"
                + " text and import it again."), dialogs.errors);
        assertEquals(before, window.model().session().state().documents().stream().map(Document::title).toList());
    }
}
