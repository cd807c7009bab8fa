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
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.HarbourReading.Mark;
import org.lectern.fixtures.Qdpx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst highlights an article, then brings in a colleague's MAXQDA project with File → Import annotations
 * (Ctrl+I): all of the colleague's codings arrive, and importing it again lists each one already present.
 */
@ExtendWith(ApplicationExtension.class)
class ImportReportWindowTest {
    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("ana-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, HarbourReading.ANA, dialogs,
                HarbourReading.TITLE, HarbourReading.ARTICLE);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void aColleaguesAgreeingCodingsAllArriveAndASecondImportListsThemAsAlreadyPresent(FxRobot robot)
            throws Exception {
        for (Mark mark : HarbourReading.ANAS) {
            robot.interact(() -> {
                window.article().textArea().requestFocus();
                window.article().textArea().selectRange(mark.start(), mark.end());
            });
            robot.type(KeyCode.getKeyCode(Integer.toString(mark.key())));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, rows("SELECT quote FROM highlight WHERE author = 'Ana Reyes'").size());
        Path bens = HarbourReading.qdpxFile(Qdpx.maxqda(), folder.resolve("ben-" + UUID.randomUUID() + ".qdpx"),
                HarbourReading.BEN, HarbourReading.BENS);

        dialogs.answers.add(bens);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.infos.get(0).startsWith("From " + bens.getFileName() + ": 7 annotations added."),
                dialogs.infos::toString);
        assertEquals(7, rows("SELECT quote FROM highlight WHERE author = 'Ben Okafor'").size());

        dialogs.answers.add(bens);
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.infos.size() == 2);

        List<String> expected = new ArrayList<>(List.of("From " + bens.getFileName() + ": 0 annotations added."
                + " Everything in it is in the project already.", "",
                "7 already present (the same passage and tag by the same analyst):"));
        for (Mark mark : HarbourReading.BENS) {
            expected.add("• “" + mark.quote() + "” (" + mark.tag() + ") by Ben Okafor in “" + HarbourReading.TITLE
                    + "”");
        }
        assertEquals(expected, dialogs.infos.get(1).lines().toList());
        assertEquals(12, rows("SELECT quote FROM highlight").size(), "the second import adds nothing");
    }

    /** What an analyst would see with the sqlite3 shell, through a separate connection. */
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
