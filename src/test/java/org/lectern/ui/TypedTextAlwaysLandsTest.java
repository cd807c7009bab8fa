package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.ProjectRecord;
import org.lectern.service.Edit;
import org.lectern.service.ProjectSession;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What an analyst types into a statement, description or note reaches the file however the field is left
 * (another row, another tab, another document, closing the window, Ctrl+Q), as one undo step, and the status
 * line says "saved" only once it is there.
 */
@ExtendWith(ApplicationExtension.class)
class TypedTextAlwaysLandsTest {
    static final String ARTICLE = """
            Harbour officials deny weapons shipment

            PORT ELLIS — The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain. Customs records seen by this paper show
            four containers weighed twice the declared amount.""";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;
    private int quits;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("typed-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, projectFile, "Ana", dialogs);
        window = fixture.window();
        window.onQuit(() -> quits++);
        ProjectSession session = window.model().session();
        session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
        session.perform(session.edits().addDocument("Ferry", DocumentMetadata.EMPTY, "The ferry resumed service."));
        UUID document = session.state().documents().get(0).id();
        for (String name : List.of("The harbour authority", "Grey Tern", "Lena Moss")) {
            session.perform(session.edits().newActorFromSelection(document, at(name), end(name)));
        }
        for (String claim : List.of("denied on Monday", "the manifest listed only grain")) {
            session.perform(session.edits().newClaimFromSelection(document, at(claim), end(claim)));
        }
        session.perform(session.edits().newEvidenceFromSelection(document, at("Customs records"),
                end("Customs records")));
        session.perform(session.edits().annotate(document, at("PORT ELLIS"), end("PORT ELLIS"),
                session.state().tagWithKey(5).orElseThrow().id()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aStatementLeftByClickingAnotherClaimIsSavedAsOneStep(FxRobot robot) throws Exception {
        clickRow(robot, "claims", 0);
        long revision = revision();
        retype(robot, "#claim-statement", "The authority denied it on Monday");
        assertFalse(status(robot).startsWith("saved"), () -> "typed, not yet in the file: " + status(robot));

        clickRow(robot, "claims", 1);

        assertEquals(List.of("The authority denied it on Monday", "the manifest listed only grain"),
                rows("SELECT statement FROM claim ORDER BY created"));
        assertEquals(revision + 1, revision(), "one undo step");
        assertTrue(status(robot).startsWith("saved"), status(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("denied on Monday", "the manifest listed only grain"),
                rows("SELECT statement FROM claim ORDER BY created"), "one undo takes it back");
    }

    @Test
    void aDescriptionLeftBySwitchingTabIsSaved(FxRobot robot) throws Exception {
        clickRow(robot, "evidence", 0);
        long revision = revision();
        retype(robot, "#evidence-description", "Customs weighbridge records");

        robot.clickOn("#tab-actors");

        assertEquals(List.of("Customs weighbridge records"), rows("SELECT description FROM evidence"));
        assertEquals(revision + 1, revision(), "one undo step");
        assertTrue(status(robot).startsWith("saved"), status(robot));
    }

    @Test
    void aNoteLeftBySwitchingDocumentIsSaved(FxRobot robot) throws Exception {
        clickRow(robot, "annotations", 0);
        long revision = revision();
        retype(robot, "#annotation-note", "Spelled Port Elis in the wire copy");

        robot.clickOn(WindowFixture.documentRow(robot, 1));

        assertEquals("Ferry", window.model().currentDocument().orElseThrow().title());
        assertEquals(List.of("Spelled Port Elis in the wire copy"), rows("SELECT note FROM annotation WHERE note <> ''"));
        assertEquals(revision + 1, revision(), "one undo step");
    }

    @Test
    void anActorDescriptionLeftByClosingTheWindowIsSaved(FxRobot robot) throws Exception {
        clickRow(robot, "actors", 2);
        retype(robot, "#actor-name", "Inspector Lena Moss");
        retype(robot, "#actor-aliases", "Lena Moss, L. Moss");

        robot.interact(() -> window.stage().fireEvent(new WindowEvent(window.stage(),
                WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertFalse(window.stage().isShowing(), "the window closed");
        assertEquals(List.of("Inspector Lena Moss|Lena Moss, L. Moss"), rows("SELECT a.name || '|' || "
                + "(SELECT group_concat(alias, ', ') FROM (SELECT alias FROM actor_alias WHERE actor_id = a.id"
                + " ORDER BY position)) FROM actor a WHERE a.name LIKE '%Moss%'"));
    }

    @Test
    void aStatementLeftByCtrlQIsSaved(FxRobot robot) throws Exception {
        clickRow(robot, "claims", 1);
        retype(robot, "#claim-statement", "The manifest listed grain only");

        robot.push(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, quits, "Lectern quit");
        assertEquals(List.of("denied on Monday", "The manifest listed grain only"),
                rows("SELECT statement FROM claim ORDER BY created"));
    }

    @Test
    void choosingAClaimantByTypingInTheFilterThenDownAndReturnIsOneUndoStep(FxRobot robot) throws Exception {
        clickRow(robot, "claims", 1);
        long revision = revision();

        robot.clickOn("#claim-claimant");
        robot.write("moss");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Lena Moss"), rows("SELECT a.name FROM claim c LEFT JOIN actor a ON a.id = c.claimant_id"
                + " WHERE c.statement = 'the manifest listed only grain'"));
        assertEquals(revision + 1, revision(), () -> "one undo step, the last: "
                + window.model().session().history().nextUndo().map(Edit::description).orElse(""));
    }

    @Test
    void aFilterThatMatchesNoOneAndIsLeftKeepsTheClaimant(FxRobot robot) throws Exception {
        clickRow(robot, "claims", 1);
        robot.clickOn("#claim-claimant");
        robot.write("moss");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long revision = revision();

        robot.clickOn("#claim-claimant");
        robot.write("nobody");
        robot.clickOn("#claim-statement");
        robot.clickOn("#claim-claimant");
        robot.write("grey");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Lena Moss"), rows("SELECT a.name FROM claim c LEFT JOIN actor a ON a.id = c.claimant_id"
                + " WHERE c.statement = 'the manifest listed only grain'"));
        assertEquals(revision, revision(), "nothing was chosen, nothing saved");
    }

    private void retype(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickRow(FxRobot robot, String panel, int row) {
        robot.clickOn("#tab-" + panel);
        TableView<?> table = robot.lookup("#" + panel + "-table").queryAs(TableView.class);
        Node cell = robot.from(table).lookup(".table-row-cell").match(node -> node instanceof TableRow<?> r
                && r.getIndex() == row).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(table.getItems().get(row), table.getSelectionModel().getSelectedItem());
        assertTrue(table.getSelectionModel().getSelectedItem() instanceof ProjectRecord);
    }

    private long revision() {
        return window.model().session().history().revision();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-saved").queryAs(Label.class).getText();
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

    private static int at(String passage) {
        return ARTICLE.indexOf(passage);
    }

    private static int end(String passage) {
        return at(passage) + passage.length();
    }
}
