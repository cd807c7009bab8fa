package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;
import org.lectern.service.ProjectSession;
import org.lectern.service.ProjectSetup;
import org.lectern.store.IncomingRecord;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.store.TeamLedger;
import org.lectern.store.team.RecordJson;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A team project opened in the window shows, from its own file, that it belongs to a team and how many versions
 * were set aside when it last synchronised, though no server answers (nothing listens at its address: it stays
 * offline). The file is read for that away from the window's thread, so the status line fills in just after.
 */
@ExtendWith(ApplicationExtension.class)
class TeamNotesOnOpeningTest {
    private static final String ARTICLE = "The harbour authority denied on Monday that the freighter carried rifles.";

    @TempDir
    static Path folder;

    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        Path file = folder.resolve("team-" + UUID.randomUUID() + ".lectern");
        try (ProjectStore store = ProjectFiles.create(file)) {
            ProjectSession session = new ProjectSession(store, "Ana Reyes");
            ProjectSetup.ensureDefaultTags(session);
            session.perform(session.edits().addDocument("Harbour", DocumentMetadata.EMPTY, ARTICLE));
            Document harbour = session.state().documents().get(0);
            TeamLedger ledger = store.teamLedger().orElseThrow();
            // Port 1: nothing answers there, so the window cannot learn anything from a server.
            ledger.link("jdbc:postgresql://127.0.0.1:1/cell", "ana");
            ledger.sent(Long.MAX_VALUE);
            int start = ARTICLE.indexOf("denied");
            session.perform(session.edits().annotate(harbour.id(), start, start + "denied".length(),
                    session.state().tags().get(0).id()));
            // The team deleted the article meanwhile: Ana's highlight on it goes with it and is listed.
            ledger.applyIncoming(List.of(IncomingRecord.deletion("document", harbour.id(), "Ben Okafor",
                    Instant.now())), 2, RecordJson::write);
            assertEquals(1, ledger.conflicts().size(), "the project holds one version set aside");
        }
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.open(stage, file, "Ana Reyes", dialogs);
        fixture.window().show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void theStatusLineNamesTheTeamAndTheVersionsSetAsideFromTheFileAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> robot.lookup("#status-team-conflicts").queryAs(Hyperlink.class).isVisible()));
        assertEquals("1 conflict", WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> robot.lookup("#status-team-conflicts").queryAs(Hyperlink.class).getText()));
        String team = WaitForAsyncUtils.waitForAsyncFx(5_000,
                () -> robot.lookup("#status-team").queryAs(Label.class).getText());
        assertTrue(team.startsWith("Team:"), "the team's state is shown: " + team);
        assertEquals(List.of(), dialogs.errors, "nothing went wrong reading the file");
    }
}
