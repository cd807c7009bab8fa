package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;
import org.lectern.model.Link;
import org.lectern.model.Stance;
import org.lectern.model.Strength;
import org.lectern.service.ProjectSetup;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ben linked an item of evidence to a claim; Ana, holding his work, judges the same evidence and claim otherwise.
 * Her judgement is a link of her own in place of his, and his link is never rewritten under his name.
 */
@ExtendWith(ApplicationExtension.class)
class ColleaguesLinkWindowTest {
    static final String ARTICLE = "Customs records show four containers weighed twice the declared amount."
            + " The ministry denied any irregularity.";
    static final String EVIDENCE = "four containers weighed twice the declared amount";
    static final String CLAIM = "The ministry denied any irregularity";

    @TempDir
    static Path folder;

    private Path file;
    private MainWindow window;
    private WindowFixture fixture;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        file = folder.resolve("links-" + UUID.randomUUID() + ".lectern");
        try (var ben = ProjectSetup.open(file, "Ben Okafor")) {
            ben.perform(ben.edits().addDocument("Customs", DocumentMetadata.EMPTY, ARTICLE));
            UUID document = ben.state().documents().get(0).id();
            ben.perform(ben.edits().newEvidenceFromSelection(document, ARTICLE.indexOf(EVIDENCE),
                    ARTICLE.indexOf(EVIDENCE) + EVIDENCE.length()));
            ben.perform(ben.edits().newClaimFromSelection(document, ARTICLE.indexOf(CLAIM),
                    ARTICLE.indexOf(CLAIM) + CLAIM.length()));
            ben.perform(ben.edits().link(ben.state().evidence().get(0).id(), ben.state().claims().get(0).id(),
                    Stance.SUPPORTS, Strength.MODERATE));
        }
        fixture = WindowFixture.open(stage, file, "Ana Reyes", dialogs);
        window = fixture.window();
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void linkingWhatAColleagueLinkedMakesALinkOfOnesOwnAndUndoGivesHisBackAsHeMadeIt(FxRobot robot)
            throws Exception {
        Link bens = onlyLinkInFile();
        assertEquals("Ben Okafor", bens.stamp().author());

        robot.interact(() -> {
            window.article().textArea().requestFocus();
            window.article().textArea().selectRange(ARTICLE.indexOf(EVIDENCE) + 1, ARTICLE.indexOf(EVIDENCE) + 5);
        });
        dialogs.linkStance = Stance.REFUTES;
        dialogs.linkStrength = Strength.STRONG;
        robot.push(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        Link anas = onlyLinkInFile();
        assertEquals(List.of("Ana Reyes", Stance.REFUTES, Strength.STRONG),
                List.of(anas.stamp().author(), anas.stance(), anas.strength()), "Ana's own link, as she judged");
        assertNotEquals(bens.id(), anas.id(), "not Ben's link rewritten under his name");
        assertEquals(List.of(anas), List.copyOf(window.model().links()), "the window shows the one link");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(bens, onlyLinkInFile(), "undo gives Ben's link back exactly as he made it");
        assertEquals(List.of(bens), List.copyOf(window.model().links()));
    }

    /** The project file's one link, read through a connection of its own. */
    private Link onlyLinkInFile() throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(file)) {
            List<Link> links = store.load().links();
            assertEquals(1, links.size(), "one link of the evidence and claim: " + links);
            return links.get(0);
        }
    }
}
