package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An actor's mentions are listed with a few words around each, so that one is told from another. */
@ExtendWith(ApplicationExtension.class)
class MentionContextTest {
    static final String ARTICLE = "The minister met port officials on Monday.\n"
            + "Officials later said that the minister had not seen the manifest before it was filed with customs.";

    @TempDir
    static Path folder;

    private MainWindow window;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withDocument(stage, folder.resolve("mentions-" + UUID.randomUUID() + ".lectern"),
                "Ana", new ScriptedDialogs(), "Port", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        var document = session.state().documents().get(0).id();
        int first = ARTICLE.indexOf("minister");
        session.perform(session.edits().newActorFromSelection(document, first, first + "minister".length()));
        int second = ARTICLE.indexOf("minister", first + 1);
        session.perform(session.edits().addMention(session.state().actors().get(0).id(), document, second,
                second + "minister".length()));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void eachMentionShowsTheWordsAroundIt(FxRobot robot) {
        robot.clickOn("#tab-actors");
        Node row = robot.lookup("#actors-table .table-row-cell")
                .match(node -> node instanceof TableRow<?> r && r.getIndex() == 0).query();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#actor-mentions .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(cell -> cell.getText()).toList();
        assertEquals(List.of("The minister met port officials on…", "…later said that the minister had not seen the…"),
                shown);
    }
}
