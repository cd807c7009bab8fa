package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Find in article as an analyst uses it: Ctrl+F, typing, Enter and Shift+Enter, F3, the count, Escape. */
@ExtendWith(ApplicationExtension.class)
class FindInArticleTest {
    /** Twelve places that hold "tern" in some case, "Terns" and "eastern" among them. */
    static final String ARTICLE = """
            Harbour officials deny Grey Tern shipment

            PORT ELLIS — The harbour authority denied that the Grey Tern carried rifles. The tern was \
            seen off the eastern pier. Inspector Lena Moss said the TERN listed only grain.

            Customs records show the Grey Tern weighed twice the declared amount. Terns nest nearby; \
            the Tern's crew left. A tern, a Tern, a TERN, a tern.""";

    @TempDir
    static Path folder;

    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, folder.resolve("find-" + UUID.randomUUID() + ".lectern"),
                "Ana", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    /** Where "tern" stands, ignoring case, counted by a regular expression rather than by Lectern. */
    private static List<int[]> places(String word, boolean ignoreCase) {
        Matcher matcher = Pattern.compile(Pattern.quote(word), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                .matcher(ARTICLE);
        List<int[]> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
        }
        return found;
    }

    private String count(FxRobot robot) {
        return robot.lookup("#find-count").queryAs(Label.class).getText();
    }

    private String note(FxRobot robot) {
        return robot.lookup("#find-note").queryAs(Label.class).getText();
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article").queryAs(StyleClassedTextArea.class);
    }

    private String selected(FxRobot robot) {
        var selection = area(robot).getSelection();
        return selection.getStart() + ".." + selection.getEnd();
    }

    private static String at(List<int[]> places, int index) {
        return places.get(index)[0] + ".." + places.get(index)[1];
    }

    private void findTern(FxRobot robot) {
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("tern");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCountFollowsTypingAndEnterAndShiftEnterGoForwardAndBack(FxRobot robot) {
        List<int[]> terns = places("tern", true);
        assertEquals(12, terns.size(), "the regular expression's count, with Terns and eastern");
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("te");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of " + places("te", true).size(), count(robot), "counted while typing");
        robot.write("rn");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 12", count(robot));
        assertEquals(at(terns, 0), selected(robot), "the first hit is selected in the article");

        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 12", count(robot));
        assertEquals(at(terns, 2), selected(robot));

        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 12", count(robot));
        assertEquals(at(terns, 1), selected(robot));

        robot.push(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 12", count(robot), "F3 goes on as Enter does");
        robot.push(KeyCode.SHIFT, KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 12", count(robot), "Shift+F3 goes back");
        assertEquals("", note(robot), "no note while nothing wrapped");
    }

    @Test
    void goingPastEitherEndWrapsRoundAndSaysSo(FxRobot robot) {
        List<int[]> terns = places("tern", true);
        findTern(robot);
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("12 of 12", count(robot));
        assertEquals(at(terns, 11), selected(robot));
        assertFalse(note(robot).isEmpty(), "wrapping to the last is noted");

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 12", count(robot));
        assertEquals(at(terns, 0), selected(robot));
        assertTrue(note(robot).contains("end"), note(robot));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", note(robot), "the note goes once the search moves on");
    }

    @Test
    void matchCaseCountsOnlyTheSameCaseAndANewQueryWithoutHitsSaysSo(FxRobot robot) {
        findTern(robot);
        robot.clickOn("#find-match-case");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#find-match-case").queryAs(ToggleButton.class).isSelected());
        assertEquals("1 of " + places("tern", false).size(), count(robot));
        robot.clickOn("#find-query");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("TERN");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 2", count(robot), "TERN is written in capitals twice");
        robot.write("X");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No matches", count(robot));
    }

    @Test
    void aHitOutOfViewComesIntoItWithTheLinesAroundItAndOneInViewLeavesTheTextWhereItIs(FxRobot robot) {
        // A long report: "kelp" in paragraphs 2, 30, 31 and 55; the last three far below the first view.
        StringBuilder text = new StringBuilder("Harbour report\n\n");
        for (int p = 1; p <= 60; p++) {
            String word = p == 2 || p == 30 || p == 31 || p == 55 ? "kelp" : "grain";
            text.append("Paragraph ").append(p).append(": inspectors counted the ").append(word)
                    .append(" sacks on the quay and logged them.\n\n");
        }
        robot.interact(() -> {
            var session = window.model().session();
            session.perform(session.edits().addDocument("Long report", DocumentMetadata.EMPTY, text.toString()));
            window.model().currentDocumentProperty().set(session.state().documents().stream()
                    .filter(d -> d.title().equals("Long report")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#article");
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("kelp");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 4", count(robot));

        List<Double> scrolled = new ArrayList<>();
        for (int hit = 2; hit <= 4; hit++) {
            robot.push(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitForFxEvents(); // scrolled in the next pulse's layout
            assertEquals(hit + " of 4", count(robot));
            StyleClassedTextArea area = area(robot);
            javafx.geometry.Bounds view = WaitForAsyncUtils.waitForAsyncFx(5_000,
                    () -> area.localToScreen(area.getLayoutBounds()));
            javafx.geometry.Bounds shown = WaitForAsyncUtils.waitForAsyncFx(5_000,
                    () -> area.getCharacterBoundsOnScreen(area.getSelection().getStart(), area.getSelection().getEnd()))
                    .orElseThrow(() -> new AssertionError("the current hit is in view"));
            assertTrue(shown.getMinY() >= view.getMinY() + shown.getHeight()
                            && shown.getMaxY() <= view.getMaxY() - shown.getHeight(),
                    "hit " + hit + " has a line of text above and below it in view: " + shown + " in " + view);
            scrolled.add(WaitForAsyncUtils.waitForAsyncFx(5_000, () -> area(robot).getEstimatedScrollY()));
        }
        assertEquals(scrolled.get(0), scrolled.get(1), 0.5,
                "the third hit, in paragraph 31, was in view below the second: the text stayed where it was");
        assertTrue(scrolled.get(2) > scrolled.get(1), "the fourth, far below, brought the text up");
    }

    @Test
    void hitsInViewAreOutlinedOverTheHighlightsTheCurrentOneApart(FxRobot robot) {
        findTern(robot);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // One outline per hit (each hit lies in one paragraph): the short article is all in view.
        assertEquals(1, robot.lookup(".find-current").queryAll().size(), "the current hit, once");
        assertEquals(11, robot.lookup(".find-hit").queryAll().size(), "every other hit");
    }

    @Test
    void escapeClosesTheBarAndTheSelectedHitCanBeTaggedAtOnce(FxRobot robot) {
        List<int[]> terns = places("tern", true);
        findTern(robot);
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#find-bar").query().isVisible(), "the bar is closed");
        assertTrue(robot.lookup(".find-hit").queryAll().isEmpty(), "and its outlines are gone");
        assertSame(area(robot), window.stage().getScene().getFocusOwner(), "the keys are the article's again");
        assertEquals(at(terns, 1), selected(robot));

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.model().annotations().size());
        assertEquals(ARTICLE.substring(terns.get(1)[0], terns.get(1)[1]),
                window.model().annotations().get(0).passage().quote());
    }
}
