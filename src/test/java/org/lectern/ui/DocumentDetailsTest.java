package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst corrects the title and byline an import guessed: File → Document details…, type, leave the field.
 * Each field left is one edit in the file and one undo step, and the document list shows the new title at once.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentDetailsTest {
    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("details-" + UUID.randomUUID() + ".lectern");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, projectFile, "Ana", dialogs);
        window = fixture.window();
        window.onQuit(() -> { });
        ProjectSession session = window.model().session();
        session.perform(session.edits().addDocument("Harbour officials deny weapons shipment…",
                new DocumentMetadata("AP", "", "2024-06-03", ""), "Harbour officials deny weapons shipment on Monday."));
        session.perform(session.edits().addDocument("Ferry", DocumentMetadata.EMPTY, "The ferry resumed service."));
        window.model().currentDocumentProperty().set(session.state().documents().get(0));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aTitleTypedInTheDocumentDetailsIsShownInTheListSavedWhenLeftAndTakenBackByUndo(FxRobot robot)
            throws Exception {
        long revision = revision();
        robot.clickOn("File").clickOn("#menu-document-details");
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#document-title-field").queryAs(TextField.class);
        assertTrue(title.isFocused(), "the cursor is in the title");
        assertEquals("2024-06-03", robot.lookup("#document-published").queryAs(TextField.class).getText());
        assertEquals(revision, revision(), "showing the details writes nothing");

        robot.write("Harbour officials deny weapons shipment to Port Ellis");
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Harbour officials deny weapons shipment to Port Ellis", "Ferry"), listedTitles(robot));
        assertEquals(List.of("Harbour officials deny weapons shipment to Port Ellis", "Ferry"),
                rows("SELECT title FROM document ORDER BY created"));
        assertEquals(revision + 1, revision(), "one undo step");

        robot.write("Lena Moss and Jo Kell");
        robot.clickOn(listCell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Lena Moss and Jo Kell", ""), rows("SELECT byline FROM document ORDER BY created"));
        assertEquals(List.of("AP", ""), rows("SELECT source FROM document ORDER BY created"), "the source stays");
        assertEquals(revision + 2, revision(), "one more undo step");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("", ""), rows("SELECT byline FROM document ORDER BY created"));
        assertEquals("", robot.lookup("#document-byline").queryAs(TextField.class).getText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Harbour officials deny weapons shipment…", "Ferry"), listedTitles(robot));
        assertEquals("Harbour officials deny weapons shipment…", title.getText());
        assertEquals(List.of("Harbour officials deny weapons shipment…", "Ferry"),
                rows("SELECT title FROM document ORDER BY created"));
    }

    @Test
    void switchingDocumentsShowsTheirDetailsWithoutWritingAnything(FxRobot robot) throws Exception {
        long revision = revision();
        robot.clickOn("File").clickOn("#menu-document-details");

        robot.clickOn(listCell(robot, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ferry", robot.lookup("#document-title-field").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#document-source").queryAs(TextField.class).getText());
        robot.clickOn(listCell(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("AP", robot.lookup("#document-source").queryAs(TextField.class).getText());

        assertEquals(revision, revision(), "nothing was written");
    }

    @Test
    void aDocumentRowScrolledIntoViewHasItsOwnDetailsAsItsTooltip(FxRobot robot) throws Exception {
        ProjectSession session = window.model().session();
        robot.interact(() -> {
            for (int i = 1; i <= 60; i++) {
                session.perform(session.edits().addDocument("Bulletin " + i,
                        new DocumentMetadata("Wire " + i, "", "", ""), "Bulletin number " + i + "."));
            }
        });
        robot.clickOn(listCell(robot, 1));
        robot.push(KeyCode.END); // the list scrolls: its cells now show other rows than before
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Bulletin 60", window.model().currentDocument().orElseThrow().title());

        for (Node node : robot.lookup("#document-list .list-cell").queryAll()) {
            ListCell<?> cell = (ListCell<?>) node;
            if (cell.getItem() instanceof org.lectern.model.Document document && cell.isVisible()) {
                String details = cell.getTooltip().getText();
                assertTrue(details.startsWith(document.title() + "\n" + document.metadata().source()),
                        () -> "the row of " + document.title() + " tells: " + details);
            }
        }
        // What the pointer on the last row shows (tooltips show only in a focused window, so the text is read).
        assertEquals("Bulletin 60\nWire 60", ((ListCell<?>) listCell(robot, 61)).getTooltip().getText());
    }

    private static Node listCell(FxRobot robot, int index) {
        return WindowFixture.documentRow(robot, index);
    }

    private static List<String> listedTitles(FxRobot robot) {
        return robot.lookup("#document-list .document-title").queryAllAs(Text.class).stream()
                .filter(text -> text.getText() != null && text.getParent() != null)
                .map(Text::getText).toList();
    }

    private long revision() {
        return window.model().session().history().revision();
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }
}
