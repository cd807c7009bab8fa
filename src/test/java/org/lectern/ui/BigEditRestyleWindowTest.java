package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.ui.article.HighlightSpans;
import org.lectern.ui.article.Lens;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big import of highlights that overlap one another in one long run (each vessel's entry reaches into the
 * next one's) is shown a slice at a time: afterwards, and after its undo and redo, the article shows exactly the
 * highlights the project holds, with the same lanes as a document shown afresh; and each slice restyles about
 * its own stretch of text rather than the whole run again.
 */
@ExtendWith(ApplicationExtension.class)
class BigEditRestyleWindowTest {
    private static final int LINES = 600;
    private static final int HIGHLIGHTS = LINES - 1;
    private static final String TITLE = "Port traffic log";

    @TempDir
    static Path folder;

    private Path annotationFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    private final List<Integer> restyledLengths = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        Path projectFile = folder.resolve("log-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana Reyes", dialogs, TITLE, article());
        window = fixture.window();
        annotationFile = webAnnotations(folder.resolve("log-" + UUID.randomUUID() + ".jsonld"));
        // A restyling is a rich change whose text stays the same: what it replaces is what was restyled.
        area().richChanges().filter(change -> change.isIdentity() || change.getRemoved().getText()
                        .equals(change.getInserted().getText()))
                .subscribe(change -> restyledLengths.add(change.getInserted().length()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void afterABigImportItsUndoAndRedoTheArticleShowsExactlyTheHighlightsOfTheProject(FxRobot robot)
            throws Exception {
        importAnnotations(robot);
        assertEquals(HIGHLIGHTS, window.model().annotations().size());
        assertArticleShowsTheProjectsHighlights(robot);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.model().annotations().size());
        assertArticleShowsTheProjectsHighlights(robot);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HIGHLIGHTS, window.model().annotations().size());
        assertArticleShowsTheProjectsHighlights(robot);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void eachSliceOfABigImportRestylesAboutItsOwnStretchNotTheWholeRunOfOverlaps(FxRobot robot) throws Exception {
        int articleLength = article().length();
        robot.interact(restyledLengths::clear);
        importAnnotations(robot);
        int restyled = restyledLengths.stream().mapToInt(Integer::intValue).sum();
        // The run covers nearly the whole article, so restyling it whole on each of six slices would come to
        // about three and a half times its length.
        assertTrue(restyled <= articleLength * 3 / 2,
                () -> restyled + " characters restyled for an article of " + articleLength);
        assertArticleShowsTheProjectsHighlights(robot);
    }

    private void importAnnotations(FxRobot robot) throws Exception {
        dialogs.answers.add(annotationFile);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 1);
        waitUntilSettled();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.infos.get(0).contains(HIGHLIGHTS + " annotations added"), dialogs.infos::toString);
    }

    /**
     * Character by character, the article's classes are those of the project's highlights styled in one go over
     * the whole document, and a character is plain exactly where no highlight covers it.
     */
    private void assertArticleShowsTheProjectsHighlights(FxRobot robot) {
        robot.interact(() -> {
            var document = window.model().currentDocumentProperty().get();
            List<Annotation> all = window.model().session().state().annotationsOf(document.id());
            int length = document.text().length();
            StyleSpans<Collection<String>> expected = HighlightSpans.build(all, 0, length, Lens.TAGS.classes());
            StyleClassedTextArea area = area();
            int position = 0;
            for (var span : expected) {
                for (int i = position; i < position + span.getLength(); i++) {
                    int at = i;
                    assertEquals(List.copyOf(span.getStyle()), List.copyOf(area.getStyleOfChar(i)),
                            () -> "classes at " + at);
                    boolean covered = all.stream().anyMatch(a -> a.passage().start() <= at && at < a.passage().end());
                    assertEquals(covered, !area.getStyleOfChar(i).isEmpty(), () -> "highlighted or not at " + at);
                }
                position += span.getLength();
            }
            assertEquals(length, position);
        });
    }

    private StyleClassedTextArea area() {
        return window.article().textArea();
    }

    private void waitUntilSettled() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            String status = window.model().saveStateProperty().get();
            return status.startsWith("saved ") || status.startsWith("Cancelled");
        });
    }

    /** A harbour log: one line per vessel, each name once. */
    private static String article() {
        StringBuilder text = new StringBuilder(TITLE).append("\n\n");
        for (int i = 0; i < LINES; i++) {
            text.append("At dawn the vessel Tern-").append(1000 + i).append(" left berth ").append(i % 40)
                    .append(" for open water.\n");
        }
        return text.toString();
    }

    /**
     * One annotation per vessel, from its name to the next vessel's name, in the shape of the Web Annotation Data
     * Model's examples: a tagging body and a TextQuoteSelector with prefix and suffix beside a
     * TextPositionSelector; no creator (the analyst's own).
     */
    private static Path webAnnotations(Path file) throws Exception {
        String text = article();
        StringBuilder json = new StringBuilder("{\n  \"@context\": \"http://www.w3.org/ns/anno.jsonld\",\n"
                + "  \"type\": \"AnnotationCollection\",\n  \"first\": {\n    \"type\": \"AnnotationPage\",\n"
                + "    \"items\": [\n");
        for (int i = 0; i < HIGHLIGHTS; i++) {
            int start = text.indexOf("Tern-" + (1000 + i));
            String next = "Tern-" + (1001 + i);
            int end = text.indexOf(next) + next.length();
            json.append("""
                          {
                            "id": "urn:uuid:%s",
                            "type": "Annotation",
                            "body": {"type": "TextualBody", "purpose": "tagging", "value": "%s"},
                            "target": {
                              "selector": [
                                {"type": "TextQuoteSelector", "exact": "%s", "prefix": "%s", "suffix": "%s"},
                                {"type": "TextPositionSelector", "start": %d, "end": %d}
                              ]
                            }
                          }""".formatted(UUID.nameUUIDFromBytes(("run-" + i).getBytes()),
                    i % 3 == 0 ? "Actor" : i % 3 == 1 ? "Place" : "Vessel",
                    text.substring(start, end).replace("\n", "\\n"), text.substring(start - 11, start),
                    text.substring(end, end + 11).replace("\n", "\\n"), start, end));
            json.append(i + 1 < HIGHLIGHTS ? ",\n" : "\n");
        }
        return Files.writeString(file, json.append("    ]\n  }\n}\n").toString());
    }
}
