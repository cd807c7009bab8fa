package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The article sets paragraphs apart by a gap of its own only where the text does not already do so by blank lines,
 * and that follows the document shown as the analyst goes from one to another and back: wire copy with blank lines
 * never reads double-spaced, and a text of single-line paragraphs never runs together.
 */
@ExtendWith(ApplicationExtension.class)
class ParagraphGapWindowTest {
    private static final String SINGLE_LINES = "Notes, one paragraph per line";
    private static final String BLANK_LINES = "Wire copy, blank lines between paragraphs";
    private static final String SINGLE_LINES_TOO = "More notes, one paragraph per line";
    private static final double GAP = 10;

    @TempDir
    static Path folder;

    private WindowFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.open(stage, folder.resolve("gaps-" + UUID.randomUUID() + ".lectern"), "Ana Reyes",
                new ScriptedDialogs());
        window = fixture.window();
        var session = window.model().session();
        session.perform(session.edits().addDocument(SINGLE_LINES, DocumentMetadata.EMPTY,
                "The ferry left at nine.\nThe harbour master logged it.\nNo cargo was declared.\n"));
        session.perform(session.edits().addDocument(BLANK_LINES, DocumentMetadata.EMPTY,
                "PORT TOWN (Wire) - The ferry left at nine.\n\nThe harbour master logged it.\n\nNo cargo was declared.\n"));
        session.perform(session.edits().addDocument(SINGLE_LINES_TOO, DocumentMetadata.EMPTY,
                "A second ferry left at ten.\nIt carried grain.\n"));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theGapUnderEachParagraphFollowsTheDocumentShown(FxRobot robot) {
        chooseDocument(robot, SINGLE_LINES);
        assertEquals(GAP, gapUnderFirstParagraph(robot), "single-line paragraphs get the view's gap");
        chooseDocument(robot, BLANK_LINES);
        assertEquals(0, gapUnderFirstParagraph(robot), "blank lines set the paragraphs apart already");
        chooseDocument(robot, SINGLE_LINES_TOO);
        assertEquals(GAP, gapUnderFirstParagraph(robot), "back to single-line paragraphs, the gap is back");
        chooseDocument(robot, SINGLE_LINES);
        assertEquals(GAP, gapUnderFirstParagraph(robot), "from one such text to another, it stays");
    }

    /** Clicks the document's row in the list of documents, as the analyst does. */
    private void chooseDocument(FxRobot robot, String title) {
        WindowFixture.chooseDocument(robot, window, title);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, window.model().currentDocument().map(Document::title).orElse(null));
    }

    private double gapUnderFirstParagraph(FxRobot robot) {
        Region box = robot.from(window.article().textArea()).lookup(".paragraph-box").queryAs(Region.class);
        return box.getPadding().getBottom();
    }
}
