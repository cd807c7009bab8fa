package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.Annotation;
import org.lectern.model.Change;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Stamp;
import org.lectern.service.Edit;
import org.lectern.store.ProjectFiles;
import org.lectern.store.ProjectStore;
import org.lectern.text.Passages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a colleague's annotations from the window when their file calls them by another name: the import asks
 * who is who, proposes the project's analyst who looks like the same person, and records what the analyst chose.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWhoIsWhoTest {
    private static final String ARTICLE = """
            Harbour officials deny weapons shipment
            The harbour authority denied on Monday that the freighter Grey Tern carried rifles.
            Inspector Lena Moss said the manifest listed only grain.""";
    /** Ben's annotations, from a tool that knows him as "ben". */
    private static final String BENS_FILE = """
            [{"type": "Annotation", "creator": "ben",
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Claim"},
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "the manifest listed only grain"}}},
             {"type": "Annotation", "creator": "ben",
              "body": {"type": "TextualBody", "purpose": "tagging", "value": "Source"},
              "target": {"selector": {"type": "TextQuoteSelector", "exact": "Inspector Lena Moss"}}}]""";

    @TempDir
    static Path folder;

    private Path projectFile;
    private MainWindow window;
    private ScriptedDialogs dialogs;
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        projectFile = folder.resolve("who-" + UUID.randomUUID() + ".lectern");
        dialogs = new ScriptedDialogs();
        fixture = WindowFixture.withDocument(stage, projectFile, "Ana Reyes", dialogs, "Harbour", ARTICLE);
        window = fixture.window();
        var session = window.model().session();
        // Ben Okafor's highlight, brought in earlier under his full name.
        ProjectSnapshot project = session.state().snapshot();
        Document document = project.documents().get(0);
        int start = ARTICLE.indexOf("denied on Monday");
        session.perform(new Edit("Ben's highlight", List.of(Change.created(new Annotation(UUID.randomUUID(),
                document.id(), Passages.of(ARTICLE, start, start + "denied on Monday".length()),
                project.tags().get(0).id(), "", Stamp.now("Ben Okafor"))))));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        fixture.close(robot);
    }

    @Test
    void choosingBenOkaforForBenInTheDialogPutsAllOfTheFileUnderBenOkafor(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("ben-" + UUID.randomUUID() + ".jsonld"), BENS_FILE);
        dialogs.realCreatorNames = true;
        dialogs.answers.add(file);

        robot.clickOn("File").clickOn("#menu-import-annotations");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creator-as-0").tryQuery().isPresent());

        assertEquals("same analyst as Ben Okafor?", robot.lookup("#creator-hint-0").queryAs(Label.class).getText(),
                "the proposal stands beside the name");
        assertTrue(robot.lookup("#creator-as-1").tryQuery().isEmpty(), "one name in the file: ben");
        robot.clickOn("#creator-as-0");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("Ben Okafor");
        robot.clickOn("#creator-names-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());

        assertEquals(List.of(List.of("ben")), dialogs.creatorNamesAsked);
        assertTrue(dialogs.infos.get(0).contains("2 annotations added"), dialogs.infos::toString);
        assertFalse(dialogs.infos.get(0).contains("may be analysts"), dialogs.infos::toString);
        ProjectSnapshot saved = saved();
        assertEquals(List.of("Ben Okafor", "Ben Okafor", "Ben Okafor"),
                saved.annotations().stream().map(a -> a.stamp().author()).toList());
        assertTrue(saved.authors().stream().noneMatch(a -> a.name().equals("ben")), saved.authors()::toString);
    }

    @Test
    void keepingTheNameAsWrittenImportsUnderItAndTheReportListsTheProposal(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("ben-" + UUID.randomUUID() + ".jsonld"), BENS_FILE);
        dialogs.realCreatorNames = true;
        dialogs.answers.add(file);

        robot.clickOn("File").clickOn("#menu-import-annotations");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creator-as-0").tryQuery().isPresent());
        robot.clickOn("#creator-names-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !dialogs.infos.isEmpty());

        assertTrue(dialogs.infos.get(0).contains("• ben (in the file) / Ben Okafor"), dialogs.infos::toString);
        assertEquals(List.of("Ben Okafor", "ben", "ben"),
                saved().annotations().stream().map(a -> a.stamp().author()).sorted().toList());
    }

    @Test
    void cancellingWhoIsWhoImportsNothing(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("ben-" + UUID.randomUUID() + ".jsonld"), BENS_FILE);
        dialogs.realCreatorNames = true;
        dialogs.answers.add(file);

        robot.clickOn("File").clickOn("#menu-import-annotations");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#creator-as-0").tryQuery().isPresent());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#creator-as-0").tryQuery().isEmpty(), "the dialog is closed");
        assertEquals(1, saved().annotations().size(), "only Ben Okafor's earlier highlight");
        assertTrue(dialogs.infos.isEmpty(), dialogs.infos::toString);
    }

    private ProjectSnapshot saved() throws Exception {
        try (ProjectStore store = ProjectFiles.openForReading(projectFile)) {
            return store.load();
        }
    }
}
